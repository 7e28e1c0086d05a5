package dev.precis.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.ingest.JsonCodec;
import dev.precis.model.Article;
import dev.precis.model.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Events as text, Markdown or JSON lines. JSON is one object a line, as it comes: {@code
 * {"event", "story", "title", "first_seen", "last_seen", "articles": [{"id", "title", "url",
 * "outlet", "date"}], "summary": <a summary's JSON object, see this package>}}. Text and Markdown
 * list events newest first (by last day, then first day, then id), each with its summary, [n]
 * markers and sources; an event whose story has other events shows the story's timeline, oldest
 * first.
 */
public final class EventRenderer {
  private EventRenderer() {}

  /** One JSON line for {@code e}, ending with a newline. */
  public static String json(Event e) {
    ObjectNode root = JsonCodec.object();
    root.put("event", e.id());
    root.put("story", e.story());
    root.put("title", e.title());
    root.put("first_seen", e.firstSeen());
    root.put("last_seen", e.lastSeen());
    ArrayNode articles = root.putArray("articles");
    for (Article a : e.articles()) {
      articles.addObject().put("id", a.id()).put("title", a.title()).put("url", a.url())
          .put("outlet", a.outlet()).put("date", a.date());
    }
    if (e.summary().isPresent()) {
      root.set("summary", JsonCodec.tree(e.summary().get()));
    } else {
      root.putNull("summary");
    }
    return JsonCodec.text(root) + "\n";
  }

  /** All {@code events} as text (or Markdown when {@code markdown}), newest first. */
  public static String render(List<Event> events, boolean markdown) {
    Map<String, List<Event>> stories = new LinkedHashMap<>();
    for (Event e : events) stories.computeIfAbsent(e.story(), k -> new ArrayList<>()).add(e);
    for (List<Event> s : stories.values()) s.sort(Comparator.comparing(Event::firstSeen).thenComparing(Event::id));
    List<Event> newest = new ArrayList<>(events);
    newest.sort(Comparator.comparing(Event::lastSeen).thenComparing(Event::firstSeen)
        .thenComparing(Event::id).reversed());
    StringBuilder b = new StringBuilder();
    for (Event e : newest) {
      if (b.length() > 0) b.append(markdown ? "\n---\n\n" : "\n");
      String day = days(e);
      if (markdown) {
        b.append("## ").append(day.isEmpty() ? "" : day + ": ").append(e.title()).append("\n\n");
        b.append('*').append(e.articles().size()).append(e.articles().size() == 1 ? " article" : " articles")
            .append(", event ").append(e.id()).append("*\n\n");
      } else {
        b.append(day.isEmpty() ? "" : day + "  ").append(e.title()).append('\n');
        b.append(e.articles().size()).append(e.articles().size() == 1 ? " article" : " articles")
            .append(", event ").append(e.id()).append('\n');
      }
      List<Event> story = stories.get(e.story());
      if (story.size() > 1) {
        b.append(markdown ? "**Story timeline**\n\n" : "Story timeline:\n");
        for (Event s : story) {
          b.append(markdown ? "- " : "  ").append(days(s).isEmpty() ? "(undated)" : days(s))
              .append(markdown ? ": " : "  ").append(s.title())
              .append(s == e ? (markdown ? " *(this event)*" : "  (this event)") : "").append('\n');
        }
        b.append(markdown ? "\n" : "");
      }
      if (e.summary().isPresent()) {
        String summary = (markdown ? SummaryFormat.MD : SummaryFormat.TEXT).render(e.summary().get());
        if (markdown && summary.startsWith("## ")) summary = summary.substring(summary.indexOf("\n\n") + 2);
        b.append(markdown ? "" : "\n").append(summary);
      }
    }
    return b.toString();
  }

  private static String days(Event e) {
    if (e.firstSeen().isEmpty()) return "";
    return e.firstSeen().equals(e.lastSeen()) ? e.firstSeen() : e.firstSeen() + " to " + e.lastSeen();
  }
}
