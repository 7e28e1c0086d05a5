package dev.precis.rouge;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Porter stemmer exactly as ROUGE-1.5.5's Perl code has it (Martin Porter's Perl release 1
 * with Chin-Yew Lin's 2004 change to step 4), so that stems, and therefore scores, agree with
 * the script. It differs from Lucene's and Snowball's Porter stemmers: in step 4 a word ending in
 * "-ement" is tried for "-ement", then "-ment", then "-ent" in turn, and each step tries only the
 * longest listed suffix that ends the word. The regular expressions are the script's, run with
 * {@link Matcher#find()}, which searches leftmost-first as Perl's {@code =~} does.
 *
 * <p>Expects a lower-case word; words shorter than 3 characters are returned unchanged.
 * Stateless and thread-safe.
 */
final class RougePorterStemmer {
  private static final String C1 = "[^aeiou]";
  private static final String V1 = "[aeiouy]";
  private static final String CS = C1 + "[^aeiouy]*";
  private static final String VS = V1 + "[aeiou]*";
  private static final Pattern MGR0 = Pattern.compile("^(" + CS + ")?" + VS + CS);
  private static final Pattern MEQ1 = Pattern.compile("^(" + CS + ")?" + VS + CS + "(" + VS + ")?$");
  private static final Pattern MGR1 = Pattern.compile("^(" + CS + ")?" + VS + CS + VS + CS);
  private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CS + ")?" + V1);
  private static final Pattern CVC = Pattern.compile("^" + CS + V1 + "[^aeiouwxy]$");

  private static final Pattern SSES_IES = Pattern.compile("(ss|i)es$");
  private static final Pattern S = Pattern.compile("([^s])s$");
  private static final Pattern EED = Pattern.compile("eed$");
  private static final Pattern ED_ING = Pattern.compile("(ed|ing)$");
  private static final Pattern AT_BL_IZ = Pattern.compile("(at|bl|iz)$");
  private static final Pattern DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
  private static final Pattern Y = Pattern.compile("y$");
  private static final Pattern STEP2 = Pattern.compile(
      "(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness"
          + "|fulness|ousness|aliti|iviti|biliti|logi)$");
  private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
  private static final Pattern STEP4 = Pattern.compile(
      "(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
  private static final Pattern MENT = Pattern.compile("ment$");
  private static final Pattern ENT = Pattern.compile("ent$");
  private static final Pattern ION = Pattern.compile("(s|t)(ion)$");
  private static final Pattern E = Pattern.compile("e$");
  private static final Pattern LL = Pattern.compile("ll$");

  private static final Map<String, String> STEP2_LIST = Map.ofEntries(
      Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
      Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
      Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
      Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
      Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
      Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
      Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));
  private static final Map<String, String> STEP3_LIST = Map.of(
      "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

  /** Returns the stem of a lower-case word. */
  String stem(String word) {
    if (word.length() < 3) {
      return word;
    }
    String w = word;
    boolean initialY = w.charAt(0) == 'y';
    if (initialY) {
      w = "Y" + w.substring(1); // so that the patterns never treat it as a vowel
    }
    Matcher m;
    // Step 1a
    if ((m = SSES_IES.matcher(w)).find() || (m = S.matcher(w)).find()) {
      w = w.substring(0, m.start()) + m.group(1);
    }
    // Step 1b
    if ((m = EED.matcher(w)).find()) {
      if (MGR0.matcher(w.substring(0, m.start())).find()) {
        w = chop(w);
      }
    } else if ((m = ED_ING.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (HAS_VOWEL.matcher(stem).find()) {
        w = stem;
        if (AT_BL_IZ.matcher(w).find()) {
          w = w + "e";
        } else if (DOUBLE.matcher(w).find()) {
          w = chop(w);
        } else if (CVC.matcher(w).find()) {
          w = w + "e";
        }
      }
    }
    // Step 1c
    if ((m = Y.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (HAS_VOWEL.matcher(stem).find()) {
        w = stem + "i";
      }
    }
    // Steps 2 and 3
    w = replaceSuffix(w, STEP2, STEP2_LIST);
    w = replaceSuffix(w, STEP3, STEP3_LIST);
    // Step 4, with ROUGE's change: -ement, then -ment, then -ent or -ion, each on the result
    w = dropSuffix(w, STEP4, 0);
    w = dropSuffix(w, MENT, 0);
    if (ENT.matcher(w).find()) {
      w = dropSuffix(w, ENT, 0);
    } else {
      w = dropSuffix(w, ION, 1);
    }
    // Step 5
    if ((m = E.matcher(w)).find()) {
      String stem = w.substring(0, m.start());
      if (MGR1.matcher(stem).find()
          || (MEQ1.matcher(stem).find() && !CVC.matcher(stem).find())) {
        w = stem;
      }
    }
    if (LL.matcher(w).find() && MGR1.matcher(w).find()) {
      w = chop(w);
    }
    if (initialY) {
      w = Character.toLowerCase(w.charAt(0)) + w.substring(1);
    }
    return w;
  }

  private static String chop(String w) {
    return w.substring(0, w.length() - 1);
  }

  private static String replaceSuffix(String w, Pattern suffixes, Map<String, String> list) {
    Matcher m = suffixes.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start());
      if (MGR0.matcher(stem).find()) {
        return stem + list.get(m.group(1));
      }
    }
    return w;
  }

  /** Drops a matched suffix when what is left has m > 1; {@code keep} groups stay on the stem. */
  private static String dropSuffix(String w, Pattern suffix, int keep) {
    Matcher m = suffix.matcher(w);
    if (m.find()) {
      String stem = w.substring(0, m.start()) + (keep > 0 ? m.group(keep) : "");
      if (MGR1.matcher(stem).find()) {
        return stem;
      }
    }
    return w;
  }
}
