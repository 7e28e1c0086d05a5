package dev.precis.eval.extraction;

import dev.precis.ingest.html.PageMetadata;
import dev.precis.text.lang.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often the headline, byline, date and language Precis reads agree with the ground truth's,
 * over the pages whose truth gives the field.
 *
 * <ul>
 *   <li>headline: equal once lower-cased with punctuation and spacing dropped, or one holding the
 *       other whole (a site's name after a bar: "How to Build a Terrarium | eHow");
 *   <li>byline: the same people named: the words of each (lower-cased), without a leading "by",
 *       month names, times, digits and the words of a date stamp ("updated", "am", "utc"), are
 *       the same set, or the smaller set, of two words or more (a full name), lies inside the
 *       larger (the truth's "By Kelli Miller WebMD Health News" names Kelli Miller). A lone
 *       word ("Staff") never matches a longer byline, and a byline holding the right name among
 *       other names or words matches only when the name is whole;
 *   <li>date: the same calendar day (the first {@code yyyy-mm-dd} of each);
 *   <li>language: the same primary subtag ({@code en-US} is {@code en}), Precis's being what the
 *       language detector says of the extracted body (as {@code precis extract} tags it).
 * </ul>
 */
public final class MetadataAccuracy {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  /** One field's line: pages whose truth has the field, and how many Precis got right. */
  public record Field(String name, int pages, int correct) {
    public double accuracy() {
      return pages == 0 ? 0 : (double) correct / pages;
    }
  }

  private final LanguageDetector detector;

  public MetadataAccuracy(LanguageDetector detector) {
    this.detector = detector;
  }

  /** The four fields over {@code pages}, with Precis's bodies keyed as in cross-validation. */
  public List<Field> score(List<BenchmarkPage> pages, Map<String, String> bodies) {
    int[][] c = new int[4][2];
    for (BenchmarkPage p : pages) {
      PageMetadata m = p.blocks().map(b -> b.metadata()).orElse(null);
      BenchmarkPage.Truth t = p.truth();
      count(c[0], t.title(), m == null ? "" : m.title(), MetadataAccuracy::sameText);
      count(c[1], t.byline(), m == null ? "" : m.byline(), MetadataAccuracy::sameByline);
      count(c[2], t.published(), m == null ? "" : m.date(), MetadataAccuracy::sameDay);
      String body = bodies.getOrDefault(BlockModelCrossValidation.key(p), "");
      count(c[3], t.lang(), detector.mostProbable(body), MetadataAccuracy::sameLanguage);
    }
    String[] names = {"headline", "byline", "date", "language"};
    List<Field> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) out.add(new Field(names[i], c[i][0], c[i][1]));
    return out;
  }

  /** The fields as a table. */
  public static String table(List<Field> fields) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-10s %6s %8s %9s%n", "field",
        "pages", "correct", "accuracy"));
    for (Field f : fields) {
      b.append(String.format(Locale.ROOT, "%-10s %6d %8d %9.3f%n", f.name(), f.pages(), f.correct(),
          f.accuracy()));
    }
    return b.toString();
  }

  private interface Same {
    boolean test(String truth, String mine);
  }

  private static void count(int[] c, String truth, String mine, Same same) {
    if (truth.isBlank()) return;
    c[0]++;
    if (!mine.isBlank() && same.test(truth, mine)) c[1]++;
  }

  static String normal(String s) {
    return String.join(" ", dev.precis.eval.extraction.ShingleF1.tokens(s.toLowerCase(Locale.ROOT)));
  }

  static boolean sameText(String truth, String mine) {
    String a = normal(truth);
    String b = normal(mine);
    if (a.isEmpty() || b.isEmpty()) return false;
    return a.equals(b) || (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ");
  }

  static boolean sameByline(String truth, String mine) {
    java.util.Set<String> a = nameWords(truth);
    java.util.Set<String> b = nameWords(mine);
    if (a.isEmpty() || b.isEmpty()) return false;
    if (a.equals(b)) return true;
    java.util.Set<String> small = a.size() <= b.size() ? a : b;
    java.util.Set<String> large = small == a ? b : a;
    return small.size() >= 2 && large.containsAll(small);
  }

  private static final Pattern STAMP_WORD = Pattern.compile("by|por|par|von|de|jan|january|feb"
      + "|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct"
      + "|october|nov|november|dec|december|am|pm|utc|gmt|est|edt|pst|pdt|updated|last|published"
      + "|posted|\\p{N}+");

  /** A byline's words that can name someone, lower-cased (digits split off: "Nolan22"). */
  static java.util.Set<String> nameWords(String byline) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    String spaced = byline.toLowerCase(Locale.ROOT).replaceAll("\\p{N}+", " ");
    for (String w : ShingleF1.tokens(spaced)) {
      if (!STAMP_WORD.matcher(w).matches()) out.add(w);
    }
    return out;
  }

  static boolean sameDay(String truth, String mine) {
    Matcher a = DAY.matcher(truth);
    Matcher b = DAY.matcher(mine);
    return a.find() && b.find() && a.group().equals(b.group());
  }

  static boolean sameLanguage(String truth, String mine) {
    String a = truth.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return a.equals(mine.toLowerCase(Locale.ROOT));
  }
}
