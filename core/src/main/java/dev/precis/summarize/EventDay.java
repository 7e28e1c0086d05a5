package dev.precis.summarize;

import dev.precis.model.Article;
import dev.precis.model.Citation;
import dev.precis.model.When;
import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import dev.precis.text.TimeExpressions;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The day of a summary's event: a news lead says who did what and when, but the sentence that
 * tells an event best across many articles often leaves the day out ("Esper denied reports ...")
 * while an article that states the same says it ("... Esper said Monday ..."). So the day is
 * looked for in the summary's first sentence, then in the sentences of other articles cited for
 * it, as {@link TimeExpressions} reads days; the first that resolves to a date is taken, else the
 * first weekday or month and day as written.
 *
 * <p>A weekday, "yesterday" or a month without a year is resolved against the date its article
 * was written: the article's own date (a page's or a feed's publication date), else a date the
 * page stamps at its top ("date 2020-01-06"), or for a weekday the same weekday's date in full in
 * a photo caption of that article ("... on Monday, July 7, 2014."); without one a weekday or a
 * month and day is given as written ("Tuesday"), and a date named with a weekday that does not
 * agree is too. A whole date long before the article was written is history the story recalls,
 * not its day ({@link #history}).
 */
public final class EventDay {
  /** How far into an article's text a date stamp is looked for. */
  static final int STAMP_CHARS = 300;
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private EventDay() {}

  /**
   * The day the sentences at {@code citations} (a summary sentence's, its own first) name, or
   * empty.
   */
  public static Optional<When> of(ClusterText cluster, List<Citation> citations) {
    When unresolved = null;
    for (Citation c : citations) {
      Sentence s = sentenceAt(cluster, c.article() - 1, c.start());
      if (s == null) continue;
      for (TimeExpressions.Mention m : TimeExpressions.find(s.text())) {
        Citation at = new Citation(c.article(), c.id(), s.start() + m.start(),
            s.start() + m.start() + m.text().length());
        Optional<LocalDate> written = m.relative() ? written(cluster.cluster().articles().get(s.article()))
            : Optional.empty();
        if (written.isEmpty() && m.kind() == TimeExpressions.Kind.WEEKDAY) {
          written = captionDate(cluster, s.article(), m.weekday());
        }
        if (!m.relative() || written.isPresent()) {
          LocalDate day = m.relative() ? m.on(written.get()) : m.date();
          if (!m.relative() && history(cluster, s.article(), day)) continue;
          if (m.agrees(day)) return Optional.of(new When(TimeExpressions.label(day), day.toString(), at));
        }
        // "Yesterday" without a date says nothing to a reader; a weekday or "Jan. 6" does.
        if (unresolved == null && m.kind() != TimeExpressions.Kind.RELATIVE) {
          unresolved = new When(capitalized(m.text()), "", at);
        }
      }
    }
    return Optional.ofNullable(unresolved);
  }

  /**
   * The latest date on {@code weekday} that a photo caption of article {@code article} gives in
   * full ("... in Santa Rosa, on Monday, July 7, 2014."): an undated article's captions say which
   * Monday its "Monday" is.
   */
  static Optional<LocalDate> captionDate(ClusterText cluster, int article, java.time.DayOfWeek weekday) {
    LocalDate latest = null;
    for (Sentence s : cluster.sentences()) {
      if (s.article() != article) continue;
      Optional<LocalDate> d = s.flags().captionDay();
      if (d.isPresent() && d.get().getDayOfWeek() == weekday && (latest == null || d.get().isAfter(latest))) {
        latest = d.get();
      }
    }
    return Optional.ofNullable(latest);
  }

  /** Days before its article's date past which a date the article names is history. */
  static final int HISTORY_DAYS = 31;
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

  /**
   * Whether a whole date that article {@code article} names is history, not the news's day ("On
   * Sept. 23, 1896, Queen Victoria marked a momentous day in her journal", opening a story of
   * 2015): more than {@value #HISTORY_DAYS} days before the article was written, or, with no date
   * for it, in a year before last of the latest year the cluster's articles name.
   */
  static boolean history(ClusterText cluster, int article, LocalDate day) {
    Optional<LocalDate> written = written(cluster.cluster().articles().get(article));
    if (written.isPresent()) return day.isBefore(written.get().minusDays(HISTORY_DAYS));
    int latest = 0;
    for (Article a : cluster.cluster().articles()) {
      var m = YEAR.matcher(a.text());
      while (m.find()) latest = Math.max(latest, Integer.parseInt(m.group()));
    }
    return day.getYear() < latest - 1;
  }

  /**
   * When {@code article} was written: its date, else an ISO date stamped in its headline or its
   * first {@value #STAMP_CHARS} characters ("date 2020-01-06"). Dates in the story itself are
   * not taken: a story tells of other days (the latest whole date of a text put a 2018 story
   * in 2017, a prison escape in 1993, on the Multi-News sample), and a wrong date misleads more
   * than a weekday alone.
   */
  static Optional<LocalDate> written(Article article) {
    List<LocalDate> own = TimeExpressions.dates(article.date());
    if (!own.isEmpty()) return Optional.of(own.get(0));
    String head = article.text().substring(0, Math.min(STAMP_CHARS, article.text().length()));
    for (String part : new String[] {article.title(), head}) {
      for (TimeExpressions.Mention m : TimeExpressions.find(part)) {
        if (m.kind() == TimeExpressions.Kind.DATE && ISO.matcher(m.text()).matches()) {
          return Optional.of(m.date());
        }
      }
    }
    return Optional.empty();
  }

  private static Sentence sentenceAt(ClusterText cluster, int article, int offset) {
    for (Sentence s : cluster.sentences()) {
      if (s.article() == article && s.start() <= offset && offset < s.end()) return s;
    }
    return null;
  }

  private static String capitalized(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
