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
import java.util.Objects;
import java.util.Optional;

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
    List<Block> blocks = new ArrayList<>(events.size());
    for (Event e : events) blocks.add(Block.of(e, markdown));
    return renderBlocks(blocks, markdown);
  }

  /**
   * An event as text and Markdown show it: its fields, its number of articles and its summary
   * already rendered in the format (empty when it has none). A run can keep blocks as it goes and
   * render them all at the end.
   */
  public record Block(String id, String story, String title, String firstSeen, String lastSeen,
      int articles, Optional<String> summary) {
    public Block {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(story, "story");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(firstSeen, "firstSeen");
      Objects.requireNonNull(lastSeen, "lastSeen");
      Objects.requireNonNull(summary, "summary");
    }

    /** {@code e}'s block, its summary rendered as Markdown when {@code markdown}, else as text. */
    public static Block of(Event e, boolean markdown) {
      Optional<String> summary = e.summary().map(s -> {
        String r = (markdown ? SummaryFormat.MD : SummaryFormat.TEXT).render(s);
        return markdown && r.startsWith("## ") ? r.substring(r.indexOf("\n\n") + 2) : r;
      });
      return new Block(e.id(), e.story(), e.title(), e.firstSeen(), e.lastSeen(), e.articles().size(),
          summary);
    }
  }

  /** {@code blocks} as text (or Markdown when {@code markdown}), newest first, as {@link #render}. */
  public static String renderBlocks(List<Block> blocks, boolean markdown) {
    Map<String, List<Block>> stories = new LinkedHashMap<>();
    for (Block e : blocks) stories.computeIfAbsent(e.story(), k -> new ArrayList<>()).add(e);
    for (List<Block> s : stories.values()) s.sort(Comparator.comparing(Block::firstSeen).thenComparing(Block::id));
    List<Block> newest = new ArrayList<>(blocks);
    newest.sort(Comparator.comparing(Block::lastSeen).thenComparing(Block::firstSeen)
        .thenComparing(Block::id).reversed());
    StringBuilder b = new StringBuilder();
    for (Block e : newest) {
      if (b.length() > 0) b.append(markdown ? "\n---\n\n" : "\n");
      String day = days(e);
      if (markdown) {
        b.append("## ").append(day.isEmpty() ? "" : day + ": ").append(e.title()).append("\n\n");
        b.append('*').append(e.articles()).append(e.articles() == 1 ? " article" : " articles")
            .append(", event ").append(e.id()).append("*\n\n");
      } else {
        b.append(day.isEmpty() ? "" : day + "  ").append(e.title()).append('\n');
        b.append(e.articles()).append(e.articles() == 1 ? " article" : " articles")
            .append(", event ").append(e.id()).append('\n');
      }
      List<Block> story = stories.get(e.story());
      if (story.size() > 1) {
        b.append(markdown ? "**Story timeline**\n\n" : "Story timeline:\n");
        for (Block s : story) {
          b.append(markdown ? "- " : "  ").append(days(s).isEmpty() ? "(undated)" : days(s))
              .append(markdown ? ": " : "  ").append(s.title())
              .append(s == e ? (markdown ? " *(this event)*" : "  (this event)") : "").append('\n');
        }
        b.append(markdown ? "\n" : "");
      }
      if (e.summary().isPresent()) {
        b.append(markdown ? "" : "\n").append(e.summary().get());
      }
    }
    return b.toString();
  }

  private static String days(Block e) {
    if (e.firstSeen().isEmpty()) return "";
    return e.firstSeen().equals(e.lastSeen()) ? e.firstSeen() : e.firstSeen() + " to " + e.lastSeen();
  }
}
