package dev.precis.render;

import dev.precis.model.CanonicalName;
import dev.precis.model.Source;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;

/**
 * Markdown: a heading, the event's day when a source names it, the summary with linked [n] markers,
 * and the sources as a numbered list.
 */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  static String render(Summary s) {
    StringBuilder b = new StringBuilder();
    b.append("## ").append(escape(s.clusterId())).append("\n\n");
    if (TextRenderer.showsDay(s)) {
      int n = s.when().citation().article();
      b.append('*').append(escape(s.when().text())).append("* [\\[").append(n).append("\\]](#source-")
          .append(n).append(")\n\n");
    }
    for (SummarySentence sentence : s.sentences()) {
      b.append(escape(sentence.text())).append(' ')
          .append(TextRenderer.markers(sentence).replaceAll("\\[(\\d+)]", "[\\\\[$1\\\\]](#source-$1)"))
          .append('\n');
    }
    b.append("\n### Sources\n\n");
    for (Source src : s.sources()) {
      String title = escape(TextRenderer.label(src));
      b.append(src.number()).append(". <a id=\"source-").append(src.number()).append("\"></a>")
          .append(src.url().isEmpty() ? title : "[" + title + "](" + src.url() + ")")
          .append(src.outlet().isEmpty() ? "" : ", " + escape(src.outlet()))
          .append(src.date().isEmpty() ? "" : ", " + escape(src.date()))
          .append(src.sameStoryAs() > 0 ? " (same story as " + src.sameStoryAs() + ")" : "").append('\n');
    }
    if (!s.names().isEmpty()) {
      b.append("\n### Names spelled differently\n\n");
      for (CanonicalName n : s.names()) {
        b.append("- **").append(escape(n.name())).append("**: ");
        StringBuilder v = new StringBuilder();
        n.variants().entrySet().stream()
            .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(java.util.Map.Entry.comparingByKey()))
            .forEach(e -> v.append(v.length() > 0 ? ", " : "").append(escape(e.getKey()))
                .append(" (").append(e.getValue()).append(')'));
        b.append(v).append('\n');
      }
    }
    return b.toString();
  }

  private static String escape(String s) {
    return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}
