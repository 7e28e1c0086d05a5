package dev.precis.render;

import dev.precis.model.Citation;
import dev.precis.model.Source;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plain text: the event's day when a source names it (see {@link #showsDay}), the summary with [n]
 * markers after each sentence, then the numbered sources.
 */
final class TextRenderer {
  private TextRenderer() {}

  static String render(Summary s) {
    StringBuilder b = new StringBuilder();
    if (TextRenderer.showsDay(s)) {
      b.append(s.when().text()).append(" [").append(s.when().citation().article()).append("]\n");
    }
    int start = b.length();
    for (SummarySentence sentence : s.sentences()) {
      if (b.length() > start) b.append(' ');
      b.append(sentence.text()).append(' ').append(markers(sentence));
    }
    b.append("\n\nSources:\n");
    for (Source src : s.sources()) {
      b.append('[').append(src.number()).append("] ")
          .append(label(src));
      if (!src.outlet().isEmpty()) b.append(" - ").append(src.outlet());
      if (!src.date().isEmpty()) b.append(", ").append(src.date());
      if (!src.url().isEmpty()) b.append(" <").append(src.url()).append('>');
      if (src.sameStoryAs() > 0) b.append(" (same story as [").append(src.sameStoryAs()).append("])");
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * Whether the event's day is shown above the summary: when a date resolves it, or another
   * article than the first sentence's names it; a weekday the first sentence itself says
   * ("... said Tuesday") would only repeat it.
   */
  static boolean showsDay(Summary s) {
    if (s.when() == null || s.sentences().isEmpty()) return false;
    Citation own = s.sentences().get(0).citations().get(0);
    Citation day = s.when().citation();
    boolean inFirst = day.article() == own.article() && day.start() >= own.start() && day.end() <= own.end();
    return !s.when().date().isEmpty() || !inFirst;
  }

  /** The headline, or for an article without one, its first words and its id. */
  static String label(Source src) {
    if (!src.title().isEmpty()) return src.title();
    String[] words = src.cleanText().strip().split("\\s+", 11);
    if (words.length <= 1 && words[0].isEmpty()) return src.id();
    String start = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(10, words.length)));
    return "\"" + start + (words.length > 10 ? " ..." : "") + "\" (" + src.id() + ")";
  }

  static String markers(SummarySentence sentence) {
    Set<Integer> numbers = new TreeSet<>();
    for (Citation c : sentence.citations()) numbers.add(c.article());
    StringBuilder b = new StringBuilder();
    for (int n : numbers) b.append('[').append(n).append(']');
    return b.toString();
  }
}
