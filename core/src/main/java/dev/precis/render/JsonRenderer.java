package dev.precis.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.model.CanonicalName;
import dev.precis.model.Citation;
import dev.precis.model.Source;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.util.Map;
import java.util.TreeMap;

/** One JSON object per summary, on one line, in the schema of this package's documentation. */
final class JsonRenderer {
  static final int SCHEMA = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonRenderer() {}

  static String render(Summary s) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("id", s.clusterId());
    root.put("method", s.method());
    root.put("summary", s.text());
    if (s.when() != null) {
      Citation c = s.when().citation();
      ObjectNode when = root.putObject("when");
      when.put("text", s.when().text()).put("date", s.when().date());
      when.putObject("citation").put("source", c.article()).put("id", c.id())
          .put("start", c.start()).put("end", c.end());
    }
    ArrayNode sentences = root.putArray("sentences");
    for (SummarySentence sentence : s.sentences()) {
      ObjectNode o = sentences.addObject();
      o.put("text", sentence.text());
      o.put("support", sentence.support());
      o.put("score", Math.round(sentence.score() * 1e6) / 1e6);
      ArrayNode citations = o.putArray("citations");
      for (Citation c : sentence.citations()) {
        citations.addObject().put("source", c.article()).put("id", c.id())
            .put("start", c.start()).put("end", c.end());
      }
    }
    ArrayNode sources = root.putArray("sources");
    for (Source src : s.sources()) {
      sources.addObject().put("source", src.number()).put("id", src.id())
          .put("title", src.title()).put("url", src.url()).put("outlet", src.outlet()).put("date", src.date()).put("same_story_as", src.sameStoryAs())
          .put("text", src.cleanText());
    }
    ArrayNode names = root.putArray("names");
    for (CanonicalName n : s.names()) {
      ObjectNode o = names.addObject();
      o.put("name", n.name());
      ObjectNode variants = o.putObject("variants");
      for (Map.Entry<String, Integer> e : new TreeMap<>(n.variants()).entrySet()) {
        variants.put(e.getKey(), e.getValue());
      }
    }
    ArrayNode warnings = root.putArray("warnings");
    s.warnings().forEach(warnings::add);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
