package dev.precis.text.reading;

import dev.precis.text.TimeExpressions;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A photo's caption or a social network's post, and the date a caption gives in full.
 */
public final class Caption {
  private Caption() {}

  /** Where a caption places people in its picture: ", left, ", "(lower right)". */
  private static final Pattern CAPTION_MARK = Pattern.compile(
      ", (?:left|right|center|centre|top|bottom)(?:,| and )"
          + "|\\((?:(?:top|bottom|lower|upper|far|second from|front|back) )?(?:left|right|center|centre|pictured)\\)");


  /**
   * The date {@code sentence} gives as news photos' captions give it: a weekday with its whole
   * date, the year too ("Tuesday, April 28, 2015", "Wednesday June 18, 2014"), as
   * {@link TimeExpressions} reads them; a story says "Tuesday" or "April 28" (of the 110 such
   * dates in the Multi-News dev articles, all but a handful are in captions: "Protestors walk
   * through smoke Tuesday, April 28, 2015, in Baltimore."). Empty for most sentences, which name
   * no weekday and are not searched further.
   */
  public static Optional<LocalDate> captionDay(String sentence) {
    if (!namesWeekday(sentence) || !hasYear(sentence)) return Optional.empty();
    for (TimeExpressions.Mention m : TimeExpressions.find(sentence)) {
      if (m.kind() == TimeExpressions.Kind.DATE && m.weekday() != null) return Optional.of(m.date());
    }
    return Optional.empty();
  }

  private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday"};

  /** Whether a weekday's name is in {@code sentence}: the plain search that gates {@link #captionDay}. */
  private static boolean namesWeekday(String sentence) {
    for (String day : WEEKDAYS) if (sentence.contains(day)) return true;
    return false;
  }

  /**
   * Whether four ASCII digits stand together in {@code sentence}: a whole date's year, which
   * every date {@link #captionDay} takes has ("2015", "2015-04-28").
   */
  private static boolean hasYear(String sentence) {
    int run = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) return true;
    }
    return false;
  }

  /** One of which every {@link #CAPTION_MARK} match holds. */
  private static final String[] CAPTION_WORDS = {"left", "right", "cent", "top", "bottom", "pictured"};
  /** A hashtag: "#SuperBowl". */
  private static final Pattern HASHTAG = Pattern.compile("(?:^|\\s)#[A-Za-z]\\w+");

  /**
   * A photo's caption: it places people in the picture ("Joey Wilson, left, rings up ...",
   * "Linda Jourdeans (lower right) was the only redhead ...", "Above, Ashley totes the fabled
   * bag in Tribeca."), says where it was taken ("Photo taken in Santa Rosa, on Monday, July 7,
   * 2014."), dates itself as captions do ("... near Terminal B on Thursday, May 2, 2013 in
   * Houston.") or follows a gallery's "Enlarge" button; or a post from a social network,
   * with its hashtags ("... to play in The #SuperBowl.").
   */
  public static boolean caption(String sentence) {
    return caption(sentence, captionDay(sentence));
  }

  /** {@link #caption(String)} for a sentence whose {@link #captionDay} is known. */
  public static boolean caption(String sentence, Optional<LocalDate> captionDay) {
    if (sentence.startsWith("Enlarge ") || sentence.startsWith("Above, ") || sentence.startsWith("Below, ")
        || sentence.startsWith("Pictured: ") || sentence.startsWith("Pictured, ")
        || sentence.startsWith("Photo taken ") || sentence.startsWith("Photos taken ")) {
      return true;
    }
    if (sentence.indexOf('#') >= 0 && HASHTAG.matcher(sentence).find()) return true;
    if (captionDay.isPresent()) return true;
    // The patterns only where one of their words is: most sentences have none.
    for (String w : CAPTION_WORDS) {
      if (sentence.contains(w)) return CAPTION_MARK.matcher(sentence).find();
    }
    return false;
  }
}
