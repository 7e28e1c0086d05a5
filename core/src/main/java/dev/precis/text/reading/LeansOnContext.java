package dev.precis.text.reading;

import java.util.regex.Pattern;

/**
 * A sentence that leans on the one before it in its article, so that alone it does not read right:
 * it opens or closes on it ("He ...", "Still, ...", "..., however."), quotes a bare "he said", is
 * an aside in parentheses, a lead-in ending with a colon, or points at the page's own media.
 */
public final class LeansOnContext {
  private LeansOnContext() {}

  /** An opening that answers the sentence before: "He ...", "This ...", "But ...", "Still ...". */
  private static final Pattern OPENS_ON_CONTEXT = Pattern.compile(
      "(?:He|She|It|They|We|This|These|Those|His|Her|Its|Their|But|And|Also|However|Meanwhile"
          + "|Still|Yet|Instead|Moreover|Furthermore|Besides|Thus|Therefore|Hence|For instance"
          + "|For example|Then again|In addition|Likewise|Similarly|Nonetheless|Nevertheless"
          + "|For this (?:reason|purpose|he|she|they|we|it|I))\\b"
          + "|(?:Well|Anyway|Plus|Again|So),");

  /** A bare attribution inside: '..." he said', ', she told'. */
  private static final Pattern BARE_ATTRIBUTION = Pattern.compile(
      "[,\"”]\\s*(?:he|she|they|it) (?:said|says|added|told)\\b");
  /** A closing that answers the sentence before: ", however." */
  private static final Pattern ENDS_ON_CONTEXT = Pattern.compile(
      ",\\s*(?:however|though|instead|too)[.!?\"”]*$");
  /** A pointer at the page's own media: "backed off with this tweet", "the video below". */
  private static final Pattern POINTS_AT_MEDIA = Pattern.compile(
      "\\b(?:this|these|the following) (?:tweets?|videos?|photos?|pictures?|images?|clips?"
          + "|screenshots?|footage|graphics?|charts?)\\b|\\bscreenshot\\b"
          + "|\\b(?:see|watch|shown|seen|pictured|embedded|posted) (?:it |them |the \\w+ )?(?:below|above)\\b");

  /** Words one of which every {@link #POINTS_AT_MEDIA} match holds: tested first, as it is cheap. */
  private static final String[] MEDIA_WORDS = {"tweet", "video", "photo", "picture", "image", "clip",
      "screenshot", "footage", "graphic", "chart", "below", "above"};


  /**
   * Opens or closes on the sentence before ("He ...", "Still, ...", "..., however."), quotes a
   * bare "he said", is an aside in parentheses, a lead-in ending with a colon ("... stationery:"),
   * or points at the page's own media. Each pattern runs only where it can match (the opening,
   * the last characters, sentences holding a media word), so the rule costs little per sentence.
   */
  public static boolean leansOnContext(String sentence) {
    String s = sentence.strip();
    if (s.isEmpty()) return false;
    if (s.charAt(0) == '(' || OPENS_ON_CONTEXT.matcher(s).lookingAt()) return true;
    String tail = s.substring(Math.max(0, s.length() - 24));
    if (tail.endsWith(":") || tail.endsWith(":\"") || tail.endsWith(":”")) return true;
    if (ENDS_ON_CONTEXT.matcher(tail).find()) return true;
    if ((s.contains(" said") || s.contains(" says") || s.contains(" added") || s.contains(" told"))
        && BARE_ATTRIBUTION.matcher(s).find()) {
      return true;
    }
    // An embedded video's title ("Escape Maneuver in a Flying Fly from Michael Dickinson on
    // Vimeo.") or a picture's credit ("Hog-nosed Shrew Rat (courtesy: Kevin C. Rowe, ...)").
    if (s.endsWith(" on Vimeo.") || s.endsWith(" on YouTube.") || s.contains("(courtesy")
        || s.contains("(Courtesy")) {
      return true;
    }
    // A link ("For more information, go to www.chesapeakearena.com.") or a page's teaser box
    // left inside a sentence ("Robert H. Richards IV Story Highlights Superior Court judge: ...").
    if (s.contains("www.") || s.contains("http://") || s.contains("https://")
        || s.contains("Story Highlights") || s.contains("Story highlights")) {
      return true;
    }
    for (String w : MEDIA_WORDS) {
      if (s.contains(w)) return POINTS_AT_MEDIA.matcher(s).find();
    }
    return false;
  }
}
