package dev.precis.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a news sentence names for what it tells, as a lead names them: a weekday ("said
 * Monday", "on Sunday night"), "yesterday", "today", "tonight", "last night", "this morning", a
 * month and day ("Jan. 6", "June 10", "6 January"), with or without a year ("January 6, 2020"), or
 * an ISO date ("2020-01-06"). A weekday or month-day is resolved against the date the article was
 * written ({@link Mention#on}).
 *
 * <p>Not days of the event: a possessive ("Sunday's vote", "Sunday morning’s vote" tells when
 * something else happened, before the news), "today's" or "today’s" (nowadays), a name
 * ("Saturday Night Live", "Monday Night Football", "Black Friday", "Super Tuesday", "told Today"
 * with a capital T inside a sentence), a day ahead ("next Friday", "a week from this Friday",
 * a weekday in a clause in the future tense: "An autopsy will be conducted Friday", "They are due
 * to arrive in Jakarta on Monday"), and a year alone ("invaded the country in 2003"). A weekday followed by its date ("Tuesday,
 * Aug. 31", "Monday 3 June") is one mention.
 */
public final class TimeExpressions {
  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "oct", "nov", "dec"};
  private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?"
      + "|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?"
      + "|Dec(?:ember|\\.)?)";
  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String POSSESSIVE = "(?!['\u2019]s\\b)";
  private static final Pattern DAY = Pattern.compile(
      "\\b(?:(\\d{4})-(\\d{2})-(\\d{2})"
          + "|" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4})\\b)?" + POSSESSIVE
          + "|(\\d{1,2}) " + MONTH + "\\b(?: (\\d{4})\\b)?" + POSSESSIVE
          + "|(?<!(?:Black|Cyber|Super|Good|Ash|Easter|Palm|Bloody|Holy|Maundy|[Nn]ext|[Tt]his) )" + WEEKDAY
          + "\\b(?! Night [A-Z])(?: (?:morning|afternoon|evening|night)\\b)?+" + POSSESSIVE
          + "|([Yy]esterday|[Tt]onight|[Ll]ast night)\\b" + POSSESSIVE
          + "|([Tt]oday)\\b" + POSSESSIVE
          + "|([Tt]his (?:morning|afternoon|evening))\\b" + POSSESSIVE + ")");

  private TimeExpressions() {}

  /** What a mention says of its day. */
  public enum Kind {
    /** A whole date: "January 6, 2020", "2020-01-06". */
    DATE,
    /** A month and day without a year: "Jan. 6". */
    MONTH_DAY,
    /** A weekday: "Monday". */
    WEEKDAY,
    /** A day counted from the writing: "yesterday", "today", "last night". */
    RELATIVE
  }

  /**
   * One day named in a sentence.
   *
   * @param text  the words as written ("Monday", "Jan. 6")
   * @param start where they start in the sentence
   * @param kind  what they say
   * @param date  for {@link Kind#DATE} the date; for {@link Kind#MONTH_DAY} the month and day in
   *              the year 2000 (a leap year, so February 29 is kept)
   * @param weekday for {@link Kind#WEEKDAY} the day; for a date named with its weekday ("Tuesday,
   *                Aug. 31") the weekday named, null otherwise
   * @param daysBack for {@link Kind#RELATIVE} the days before the writing (0 today, 1 yesterday)
   */
  public record Mention(String text, int start, Kind kind, LocalDate date, DayOfWeek weekday,
      int daysBack) {
    /**
     * The date this names in an article written on {@code written}: a weekday is the last such
     * day on or before it (news names the days of the week just past), a month and day the
     * nearest such date not more than a month after it.
     */
    public LocalDate on(LocalDate written) {
      return switch (kind) {
        case DATE -> date;
        case RELATIVE -> written.minusDays(daysBack);
        case WEEKDAY -> written.minusDays(
            Math.floorMod(written.getDayOfWeek().getValue() - weekday.getValue(), 7));
        case MONTH_DAY -> {
          LocalDate d = monthDay(written.getYear(), date);
          if (d.isAfter(written.plusMonths(1))) d = monthDay(written.getYear() - 1, date);
          else if (d.isBefore(written.minusMonths(11))) d = monthDay(written.getYear() + 1, date);
          yield d;
        }
      };
    }

    /** Whether it needs the article's date to name a date. */
    public boolean relative() {
      return kind != Kind.DATE;
    }

    /** Whether {@code day} agrees with the weekday this names, if it names one. */
    public boolean agrees(LocalDate day) {
      return weekday == null || day.getDayOfWeek() == weekday;
    }
  }

  private static LocalDate monthDay(int year, LocalDate monthDay) {
    int day = Math.min(monthDay.getDayOfMonth(),
        java.time.YearMonth.of(year, monthDay.getMonth()).lengthOfMonth());
    return LocalDate.of(year, monthDay.getMonth(), day);
  }

  /** The days {@code sentence} names, in order; dates that do not exist are passed over. */
  public static List<Mention> find(String sentence) {
    List<Mention> found = new ArrayList<>();
    Matcher m = DAY.matcher(sentence);
    while (m.find()) {
      Optional<Mention> next = mention(m);
      if (next.isEmpty()) continue;
      Mention n = next.get();
      Mention last = found.isEmpty() ? null : found.get(found.size() - 1);
      // "Tuesday, Aug. 31", "Monday 3 June": one day, named twice; the date says which.
      if (last != null && last.kind() == Kind.WEEKDAY && n.weekday() == null
          && (n.kind() == Kind.DATE || n.kind() == Kind.MONTH_DAY)
          && sentence.substring(last.start() + last.text().length(), n.start()).matches(",? ?")) {
        found.set(found.size() - 1, new Mention(sentence.substring(last.start(), n.start() + n.text().length()),
            last.start(), n.kind(), n.date(), last.weekday(), 0));
        continue;
      }
      if (n.kind() == Kind.WEEKDAY && ahead(sentence, n.start())) continue;
      found.add(n);
    }
    return found;
  }

  /** A clause's words that put what follows ahead of the writing ("will", "is expected to"). */
  private static final Pattern FUTURE = Pattern.compile(
      "\\b(?:will|shall|won['’]t)\\b|\\w['’]ll\\b|\\b(?:is|are|was|were|be) (?:expected|scheduled|set|due|slated|poised)"
          + " to\\b|\\b(?:plans?|planned|planning|going) to\\b|\\bscheduled for\\b|\\bdue (?:on|to)\\b");
  /** A report's verb just before its day: "said Monday" tells when it was said. */
  private static final Pattern REPORTED = Pattern.compile(
      "\\b(?:said|says|told|announced|reported|confirmed|wrote|added)(?: on| late| early)?\\s*$");
  /** Words looked back over for a future tense. */
  private static final int FUTURE_WINDOW = 10;

  /**
   * Whether the weekday at {@code start} is in a clause set ahead of the writing ("An autopsy will
   * be conducted Friday.", "They are due to arrive in Jakarta on Monday", "plans to publish
   * detailed projections Tuesday"): the day of a plan, not of the news. Looks back over the
   * clause's last {@value #FUTURE_WINDOW} words; a weekday right after a report's verb ("said
   * Monday") is the day of the report whatever came before it.
   */
  static boolean ahead(String sentence, int start) {
    int from = start;
    int words = 0;
    while (from > 0 && words <= FUTURE_WINDOW) {
      char c = sentence.charAt(from - 1);
      if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?') break;
      if (Character.isWhitespace(c) && from > 1 && !Character.isWhitespace(sentence.charAt(from - 2))) words++;
      from--;
    }
    String clause = sentence.substring(from, start);
    if (REPORTED.matcher(clause).find()) return false;
    return FUTURE.matcher(clause).find();
  }

  /** The whole dates {@code text} writes ("January 6, 2020", "2020-01-06"), in order. */
  public static List<LocalDate> dates(String text) {
    List<LocalDate> found = new ArrayList<>();
    for (Mention m : find(text)) {
      if (m.kind() == Kind.DATE) found.add(m.date());
    }
    return found;
  }

  private static Optional<Mention> mention(Matcher m) {
    String text = m.group();
    int start = m.start();
    try {
      if (m.group(1) != null) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
        return Optional.of(new Mention(text, start, Kind.DATE, d, null, 0));
      }
      if (m.group(4) != null) return monthDayMention(text, start, m.group(4), m.group(5), m.group(6));
      if (m.group(7) != null) return monthDayMention(text, start, m.group(8), m.group(7), m.group(9));
      if (m.group(10) != null) {
        DayOfWeek d = DayOfWeek.valueOf(m.group(10).toUpperCase(Locale.ROOT));
        return Optional.of(new Mention(text, start, Kind.WEEKDAY, null, d, 0));
      }
      if (m.group(11) != null) {
        String w = m.group(11).toLowerCase(Locale.ROOT);
        int back = w.equals("tonight") ? 0 : 1;
        return Optional.of(new Mention(text, start, Kind.RELATIVE, null, null, back));
      }
      if (m.group(12) != null) {
        // "Today" with a capital inside a sentence is the name of a show or a paper ("told Today").
        if (start > 0 && m.group(12).charAt(0) == 'T') return Optional.empty();
        return Optional.of(new Mention(text, start, Kind.RELATIVE, null, null, 0));
      }
      return Optional.of(new Mention(text, start, Kind.RELATIVE, null, null, 0));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Mention> monthDayMention(String text, int start, String month,
      String day, String year) {
    int mo = month(month);
    int d = Integer.parseInt(day);
    if (year != null) {
      return Optional.of(new Mention(text, start, Kind.DATE,
          LocalDate.of(Integer.parseInt(year), mo, d), null, 0));
    }
    return Optional.of(new Mention(text, start, Kind.MONTH_DAY, LocalDate.of(2000, mo, d), null, 0));
  }

  private static int month(String name) {
    String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(key)) return i + 1;
    }
    throw new DateTimeException("no month " + name);
  }

  /** "Monday, January 6, 2020": how a summary states the day. */
  public static String label(LocalDate date) {
    return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", "
        + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
        + date.getDayOfMonth() + ", " + date.getYear();
  }
}
