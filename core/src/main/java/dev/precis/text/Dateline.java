package dev.precis.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire dateline opening a sentence: "PROVIDENCE, R.I. (AP) — ", "LAS VEGAS, June 10 (UPI) -- ",
 * "BAGHDAD / DUBAI – ", "MONTREAL—". It tells where one outlet filed its story; in a summary of
 * many outlets' stories it reads as debris, so a summary sentence is shown without it (its
 * citation still points into the article).
 *
 * <p>A dateline is one or more words in capitals, optionally a comma and up to four words or
 * numbers ("New Zealand", "Jan. 6"), optionally an agency in parentheses, then a dash ("—", "–",
 * "--", or "-" between spaces, or the underscore AP's wire wrote for a dash: "BEIJING (AP) _
 * Workers ...", "NEW YORK _ In 1970, ...") before a capital letter or a quotation. A label with a colon
 * ("UPDATE:") is not a dateline. What pages leave in the same place is treated the same way: a
 * video player's "CLOSE", a photo's credit ("Barry Brecheisen/Getty Images "), a city that
 * heads wire stories left without its dash ("WASHINGTON The number of children ..."), a dateline
 * in title case with its agency ("Gaza City, Gaza (CNN) -- ") and a page's date label ("Sept. 6,
 * 2017: ").
 */
public final class Dateline {
  private static final Pattern DATELINE = Pattern.compile(
      "[A-Z][A-Z.'\u2019-]+(?:[ /]+[A-Z][A-Z.'\u2019-]+)*"
          + "(?:,(?: [A-Z][A-Za-z.'\u2019-]*| \\d{1,2}){1,4})?"
          + "(?: ?\\([^()]{1,30}\\))?"
          + "(?:\\s*(?:\u2014|\u2013|--)\\s*|\\s+[-_]\\s+)"
          + "(?=[A-Z\"\u201C\u2018'])");

  /** A photo's credit run into the sentence after it: "Barry Brecheisen/Getty Images There is ...". */
  private static final Pattern PHOTO_CREDIT = Pattern.compile(
      "[A-Z][\\w.'\u2019-]*(?: [A-Z][\\w.'\u2019-]*){0,3} ?/ ?(?:Getty(?: Images)?|AP|Reuters|AFP|EPA|Invision"
          + "|WireImage|FilmMagic|Shutterstock|Bloomberg)(?: [A-Z][\\w-]*){0,2}? (?=[A-Z][a-z])");

  /**
   * Cities that head wire stories, for a dateline whose agency and dash a page or a dataset lost
   * ("WASHINGTON The number of children ...", "TOKYO Exhausted engineers ..."): a word in
   * capitals alone is more often a name ("NASCAR", "UNICEF"), so only these are taken.
   */
  private static final Set<String> CITIES = Set.of(
      "WASHINGTON", "NEW YORK", "LOS ANGELES", "CHICAGO", "HOUSTON", "DALLAS", "ATLANTA", "BOSTON",
      "MIAMI", "DETROIT", "PHILADELPHIA", "SEATTLE", "DENVER", "PHOENIX", "SAN FRANCISCO",
      "LAS VEGAS", "NEW ORLEANS", "BALTIMORE", "LONDON", "PARIS", "BERLIN", "BRUSSELS", "ROME",
      "MADRID", "MOSCOW", "KIEV", "KYIV", "GENEVA", "VIENNA", "TOKYO", "BEIJING", "SHANGHAI",
      "HONG KONG", "SEOUL", "TAIPEI", "MANILA", "JAKARTA", "BANGKOK", "SYDNEY", "NEW DELHI",
      "MUMBAI", "ISLAMABAD", "KABUL", "BAGHDAD", "TEHRAN", "DUBAI", "BEIRUT", "DAMASCUS",
      "JERUSALEM", "CAIRO", "ISTANBUL", "ANKARA", "NAIROBI", "JOHANNESBURG", "LAGOS", "MEXICO CITY",
      "TORONTO", "OTTAWA", "MONTREAL", "HAVANA", "CARACAS", "BOGOTA", "LIMA", "SANTIAGO",
      "BUENOS AIRES", "SAO PAULO", "RIO DE JANEIRO", "UNITED NATIONS");
  /**
   * A dateline in title case, told by its agency: "Gaza City, Gaza (CNN) -- ". Only with one of
   * these agencies: a capitalized name and a ticker ("Apple (AAPL) - ") must not pass.
   */
  private static final Pattern TITLE_CASE_DATELINE = Pattern.compile(
      "[A-Z][\\w.'\u2019-]*(?: [A-Z][\\w.'\u2019-]*){0,3}(?:, [A-Z][\\w.'\u2019-]*(?: [A-Z][\\w.'\u2019-]*){0,2})?"
          + " \\((?:CNN|AP|Reuters|AFP|UPI|Bloomberg|CBS|NBC|ABC|BBC|Xinhua|dpa|ANI|IANS|PTI)\\)"
          + "(?:\\s*(?:\u2014|\u2013|--)\\s*|\\s+[-_]\\s+)(?=[A-Z\"\u201C\u2018'])");
  /** A page's date label: "Sept. 6, 2017: A recently filed lawsuit ...". */
  private static final Pattern DATE_LABEL = Pattern.compile(
      "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}, \\d{4}: (?=[A-Z\"\u201C])");
  private static final Pattern BARE_CITY = Pattern.compile("([A-Z]+(?: [A-Z]+){0,2}) (?=[A-Z][a-z]+ [a-z])");

  private Dateline() {}

  /**
   * The length of the dateline {@code sentence} opens with, 0 if none. A video player's "CLOSE"
   * button, which pages leave in the same place before the video's caption ("CLOSE Yu Darvish was
   * hit early and often ..."), and a photo's credit run into the sentence ("Barry
   * Brecheisen/Getty Images There is no question ...") count as one.
   */
  public static int length(String sentence) {
    if (sentence.startsWith("CLOSE ") && sentence.length() > 6 && Character.isUpperCase(sentence.charAt(6))) {
      return 6;
    }
    int slash = sentence.indexOf('/');
    if (slash > 0 && slash < 40) {
      Matcher credit = PHOTO_CREDIT.matcher(sentence);
      if (credit.lookingAt() && credit.end() < sentence.length()) return credit.end();
    }
    if (sentence.length() < 4 || !Character.isUpperCase(sentence.charAt(0))) return 0;
    if (!Character.isUpperCase(sentence.charAt(1))) {
      // Title case: an agency's dateline or a page's date label, each tried only where it can be.
      if (sentence.indexOf(") ") > 0 && sentence.indexOf(") ") < 60) {
        Matcher t = TITLE_CASE_DATELINE.matcher(sentence);
        if (t.lookingAt() && t.end() < sentence.length()) return t.end();
      }
      if (sentence.indexOf(": ") > 0 && sentence.indexOf(": ") < 20) {
        Matcher d = DATE_LABEL.matcher(sentence);
        if (d.lookingAt()) return d.end();
      }
      return 0;
    }
    Matcher m = DATELINE.matcher(sentence);
    if (m.lookingAt() && m.end() < sentence.length()) return m.end();
    Matcher city = BARE_CITY.matcher(sentence);
    return city.lookingAt() && CITIES.contains(city.group(1)) ? city.end() : 0;
  }
}
