package dev.precis.summarize;

import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import dev.precis.text.BoilerplateRemover;
import dev.precis.text.Dateline;
import dev.precis.text.TimeExpressions;
import dev.precis.text.lang.ForeignSentences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place where summaries are built: walks a method's ranked candidates and keeps each one
 * that fits the remaining budget, is long enough and is not redundant with what was kept. Shared
 * by every method, so methods differ only in how they rank.
 *
 * <p>Page debris inside prose ({@link Reading}) is never taken. The budget is never exceeded,
 * unless {@link SelectionOptions#fill()} asks for one last sentence past it (for evaluation under
 * a length cut).
 *
 * <p>Sentences that spell a name as a minority of the sources do (see
 * {@link dev.precis.text.NameVariantFinder}), and sentences that lean on the one before them in
 * their article (opening with "He", "This", "But", "Still"; ending with ", however."; quoting a
 * bare "he said"; an unclosed quotation; a fragment opening with a comma; an aside in
 * parentheses; a lead-in ending with a colon; a pointer at the page's media such as "this tweet"
 * or "the video below"), text run together, questions and sentences in the first or second person
 * outside quotations ("I taped the iPhone to my handle.") are demoted: their
 * score is multiplied by {@value #HARD_READING_PENALTY}, so an equivalent sentence that reads well
 * alone, with the majority spelling, wins. In a summary read as one paragraph
 * ({@link #readAsOneParagraph}) they are left out while sentences that read well fit.
 */
public final class BudgetedSelector {
  static final double HARD_READING_PENALTY = 0.85;
  /** An opening that answers the sentence before: "He ...", "This ...", "But ...", "Still ...". */
  private static final Pattern OPENS_ON_CONTEXT = Pattern.compile(
      "(?:He|She|It|They|We|This|These|Those|His|Her|Its|Their|But|And|Also|However|Meanwhile"
          + "|Still|Yet|Instead|Moreover|Furthermore|Besides|Thus|Therefore|Hence|For instance"
          + "|For example|Then again|In addition|Likewise|Similarly|Nonetheless|Nevertheless"
          + "|For this (?:reason|purpose|he|she|they|we|it|I))\\b"
          + "|(?:Well|Anyway|Plus|Again|So),");
  /** "also" among a sentence's first six words. */
  private static final Pattern ALSO_EARLY = Pattern.compile("(?:\\S+ ){1,5}also\\b");
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
  /** Words of the speaker or the reader: outside quotations they mark a column, a post or an ad. */
  private static final Set<String> PERSON_WORDS = Set.of("I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d",
      "I'll", "I’ll", "me", "my", "we", "We", "our", "Our", "us", "you", "You", "your", "Your",
      "we're", "we’re", "We're", "We’re", "we've", "we’ve", "We've", "We’ve", "we'll", "we’ll",
      "you're", "you’re", "You're", "You’re", "you've", "you’ve", "You've", "You’ve", "you'll",
      "you’ll", "You'll", "You’ll", "you'd", "you’d");
  /**
   * Verbs that make a run of capitalized words a sentence ("Cummings is the top Democrat on the
   * House Oversight and Government Reform Committee"), not a headline, a byline or a credit.
   */
  private static final Set<String> SENTENCE_VERBS = Set.of("is", "are", "was", "were", "be", "been",
      "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "did",
      "does", "do", "said", "says", "told");
  /** A quotation, closed or running to the end of the sentence. */
  private static final Pattern QUOTATION = Pattern.compile("[\"“][^\"”]*[\"”]?");
  /** A quotation of this many words or more opening a sentence is speech, not a title. */
  static final int SPEECH_WORDS = 5;
  /** Words outside the quotations that let a sentence opening with speech lead: who, where, when. */
  static final int LEAD_ATTRIBUTION_WORDS = 8;
  /** Abbreviations after which a sentence goes on in lower case: "paint, brushes, etc. and ...". */
  private static final Set<String> CONTINUING_ABBREVIATIONS =
      Set.of("etc", "approx", "incl", "esp", "govt", "dept", "est");
  /**
   * What a page puts before a sentence and a lead does not: a label ("UPDATE:", "Exclusive:",
   * "Story highlights", a video widget's "CLOSE"). Photo captions are {@link #caption}'s.
   */
  private static final Pattern NOT_A_LEAD = Pattern.compile(
      "^(?:[A-Z][A-Za-z'’]*(?: [A-Za-z'’]+){0,2}\\s*:\\s"
          + "|(?:CLOSE|UPDATES?|UPDATED|BREAKING|EXCLUSIVE|WATCH|VIDEO|PHOTOS?|Story highlights)\\s)");
  /** Where a caption places people in its picture: ", left, ", "(lower right)". */
  private static final Pattern CAPTION_MARK = Pattern.compile(
      ", (?:left|right|center|centre|top|bottom)(?:,| and )"
          + "|\\((?:(?:top|bottom|lower|upper|far|second from|front|back) )?(?:left|right|center|centre|pictured)\\)");
  /**
   * Lower-case letters run into "The", "This" or "In the": a headline and its text joined
   * ("PlymouthThe", "MinnesotaIn this week’s"); "LinkedIn" alone is a name.
   */
  private static final Pattern HEADLINE_JOIN = Pattern.compile("\\p{Ll}{3}(?:The|This|In (?:this|the|a|an)) ");

  /**
   * The date {@code sentence} gives as news photos' captions give it: a weekday with its whole
   * date, the year too ("Tuesday, April 28, 2015", "Wednesday June 18, 2014"), as
   * {@link TimeExpressions} reads them; a story says "Tuesday" or "April 28" (of the 110 such
   * dates in the Multi-News dev articles, all but a handful are in captions: "Protestors walk
   * through smoke Tuesday, April 28, 2015, in Baltimore."). Empty for most sentences, which name
   * no weekday and are not searched further.
   */
  static Optional<LocalDate> captionDay(String sentence) {
    if (!namesWeekday(sentence)) return Optional.empty();
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

  /** One of which every {@link #CAPTION_MARK} match holds. */
  private static final String[] CAPTION_WORDS = {"left", "right", "cent", "top", "bottom", "pictured"};
  /** A hashtag: "#SuperBowl". */
  private static final Pattern HASHTAG = Pattern.compile("(?:^|\\s)#[A-Za-z]\\w+");
  /** Fewer words than this cannot tell an event as a summary's first sentence. */
  static final int LEAD_MIN_WORDS = 12;
  /** Words one of which every {@link #POINTS_AT_MEDIA} match holds: tested first, as it is cheap. */
  private static final String[] MEDIA_WORDS = {"tweet", "video", "photo", "picture", "image", "clip",
      "screenshot", "footage", "graphic", "chart", "below", "above"};

  /**
   * Whether {@code sentence} reads badly out of its article: it spells a name as a minority of
   * the cluster's sources do, needs the sentence before it to be understood, runs two pieces of
   * text together, asks a question, speaks as "I", "we" or "you" outside quotations, is a
   * headline, byline or credit in title case, is a quotation with no one to say it, a piece cut
   * off at a parenthesis, or shouts in capitals. Every method
   * that chooses a set demotes these too, by this one rule.
   */
  static boolean readsBadly(ClusterText cluster, String sentence) {
    return cluster.names().usesVariant(sentence) || leansOnContext(sentence)
        || unbalancedQuotes(sentence) || fragment(sentence) || brokenJoin(sentence)
        || question(sentence) || speaksInPerson(sentence) || titleCase(sentence)
        || bareQuotation(sentence) || unbalancedParentheses(sentence) || shouts(sentence);
  }

  /**
   * A closing parenthesis with none opened before it, or one opened and never closed: a piece
   * of a sentence a split cut off ("EST Saturday) when the pilot asked to avoid clouds ...").
   */
  static boolean unbalancedParentheses(String sentence) {
    int open = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '(') {
        open++;
      } else if (c == ')' && --open < 0) {
        return true;
      }
    }
    return open != 0;
  }

  /**
   * Three words in capitals in a row, one of them of four letters or more: a page's shouting
   * ("Big news, Bettys: KATE GOSSELIN GOT A JOB.") or a label ("The Associated Press Breaking:
   * TWO EXPLOSIONS ..."), not an acronym ("the U.S. and NATO"). One pass over the characters.
   */
  static boolean shouts(String sentence) {
    // A wire dateline ("SALT LAKE CITY (AP) — ") is in capitals by custom.
    sentence = sentence.substring(Dateline.length(sentence));
    int run = 0;
    boolean longWord = false;
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      char c = sentence.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      boolean capitals = true;
      int letters = 0;
      while (i < n && (Character.isLetter(sentence.charAt(i)) || sentence.charAt(i) == '.')) {
        if (Character.isLowerCase(sentence.charAt(i))) capitals = false;
        if (sentence.charAt(i) != '.') letters++;
        i++;
      }
      if (capitals && letters >= 2 || capitals && letters == 1 && run > 0) {
        run++;
        longWord |= letters >= 4;
        if (run >= 3 && longWord) return true;
      } else {
        run = 0;
        longWord = false;
      }
    }
    return false;
  }

  /**
   * Every word of four letters or more capitalized, at least three of them, and no verb such as
   * "is" or "said" in lower case: a headline ("Pregnant Eva Longoria Shows Off Baby Bump While
   * Out Hiking"), a byline ("By Monika Bickert, Head of Global Policy Management, and Chris
   * Sonderby, Deputy General Counsel"), a credit ("Amy Sussman, Getty Images") or a reference
   * list's entry, left in an article's text. On the Multi-News dev articles nearly all of the 214
   * such lines are page debris. One pass over the characters.
   */
  static boolean titleCase(String sentence) {
    int capitalized = 0;
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      if (!Character.isLetter(sentence.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetter(sentence.charAt(i)) || sentence.charAt(i) == '\''
          || sentence.charAt(i) == '\u2019')) {
        i++;
      }
      char first = sentence.charAt(start);
      if (Character.isLowerCase(first)) {
        if (i - start >= 4 || SENTENCE_VERBS.contains(sentence.substring(start, i))) return false;
      } else if (i - start >= 4) {
        capitalized++;
      }
    }
    return capitalized >= 3;
  }

  /**
   * The whole sentence is a quotation, nobody said to say it: "“I got this, Romney three
   * points.”", "‘It’s time for the truth to come out.’" Out of its article a reader cannot tell
   * whose words they are.
   */
  static boolean bareQuotation(String sentence) {
    String s = sentence.strip();
    if (s.length() < 2) return false;
    char open = s.charAt(0);
    char close = s.charAt(s.length() - 1);
    if (open == '\u2018' && close == '\u2019') {
      // Single marks: a closing mark inside is an apostrophe ("It’s"); a second opening one is a
      // second quotation, with words between.
      return s.indexOf('\u2018', 1) < 0;
    }
    if (!((open == '"' && close == '"') || (open == '\u201C' && close == '\u201D'))) return false;
    // One quotation from the first character to the last: no closing mark before the end.
    for (int i = 1; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '\u201D' || (open == '"' && c == '"')) return false;
    }
    return true;
  }

  /**
   * "I", "we" or "you" outside quotations: the voice of a column, a blog post or an ad ("I also
   * taped the iPhone to my handle."), not of a report. One pass over the characters; a word next
   * to a full stop ("R.I.", "U.S.") is an abbreviation, not a pronoun.
   */
  static boolean speaksInPerson(String sentence) {
    boolean quoted = false;
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      char c = sentence.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        quoted = c == '"' ? !quoted : c == '\u201C';
        i++;
        continue;
      }
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetter(sentence.charAt(i))
          || ((sentence.charAt(i) == '\'' || sentence.charAt(i) == '\u2019') && i + 1 < n
              && Character.isLetter(sentence.charAt(i + 1))))) {
        i++;
      }
      if (quoted || i - start > 6 || "ImwWoOuyY".indexOf(c) < 0) continue;
      if (start > 0 && sentence.charAt(start - 1) == '.') continue;
      if (i < n && sentence.charAt(i) == '.' && i + 1 < n && Character.isLetter(sentence.charAt(i + 1))) continue;
      if (PERSON_WORDS.contains(sentence.substring(start, i))) return true;
    }
    return false;
  }

  /** A question: rhetorical, or a quoted one; a summary states, it does not ask. */
  static boolean question(String sentence) {
    String s = sentence.strip();
    return s.endsWith("?") || s.endsWith("?\"") || s.endsWith("?\u201D");
  }

  /**
   * Two pieces of text run together inside one sentence, as machine translation and broken pages
   * leave them: a full stop after a lower-case word of three letters or more and a lower-case
   * word after it ("... in preparation. to leave Country."). One pass over the sentence's full
   * stops; "a.m. on" and "U.S. officials" do not count, nor do {@link #CONTINUING_ABBREVIATIONS}.
   * Or a headline run into its text ("... In PlymouthThe Sunshine Factory ...").
   */
  static boolean brokenJoin(String sentence) {
    for (int dot = sentence.indexOf(". "); dot >= 0; dot = sentence.indexOf(". ", dot + 2)) {
      if (dot + 2 >= sentence.length() || !Character.isLowerCase(sentence.charAt(dot + 2))) continue;
      int start = dot;
      while (start > 0 && sentence.charAt(start - 1) >= 'a' && sentence.charAt(start - 1) <= 'z') start--;
      if (dot - start < 3) continue;
      if (start > 0 && (Character.isLetterOrDigit(sentence.charAt(start - 1)) || sentence.charAt(start - 1) == '.')) {
        continue;
      }
      if (!CONTINUING_ABBREVIATIONS.contains(sentence.substring(start, dot))) return true;
    }
    // A headline run into its text with no space: "... Burns Bright In PlymouthThe Sunshine Factory".
    return (sentence.indexOf("The ") > 0 || sentence.indexOf("This ") > 0 || sentence.indexOf("In ") > 0)
        && HEADLINE_JOIN.matcher(sentence).find();
  }

  /** No full stop, "?", "!" or closing quotation at the end: a headline or a deck, not a sentence. */
  static boolean unfinished(String sentence) {
    String t = sentence.strip();
    return !t.isEmpty() && ".!?\"\u201D\u2019')".indexOf(t.charAt(t.length() - 1)) < 0;
  }

  /**
   * A photo's caption: it places people in the picture ("Joey Wilson, left, rings up ...",
   * "Linda Jourdeans (lower right) was the only redhead ...", "Above, Ashley totes the fabled
   * bag in Tribeca."), says where it was taken ("Photo taken in Santa Rosa, on Monday, July 7,
   * 2014."), dates itself as captions do ("... near Terminal B on Thursday, May 2, 2013 in
   * Houston.") or follows a gallery's "Enlarge" button; or a post from a social network,
   * with its hashtags ("... to play in The #SuperBowl.").
   */
  static boolean caption(String sentence) {
    if (sentence.startsWith("Enlarge ") || sentence.startsWith("Above, ") || sentence.startsWith("Below, ")
        || sentence.startsWith("Pictured: ") || sentence.startsWith("Pictured, ")
        || sentence.startsWith("Photo taken ") || sentence.startsWith("Photos taken ")) {
      return true;
    }
    if (sentence.indexOf('#') >= 0 && HASHTAG.matcher(sentence).find()) return true;
    if (captionDay(sentence).isPresent()) return true;
    // The patterns only where one of their words is: most sentences have none.
    for (String w : CAPTION_WORDS) {
      if (sentence.contains(w)) return CAPTION_MARK.matcher(sentence).find();
    }
    return false;
  }

  /**
   * Whether {@code sentence}, of {@code words} words, can open a summary as a news lead does: it
   * is long enough to tell an event ({@value #LEAD_MIN_WORDS} words or more), is not a question,
   * does not open with a page's label ("UPDATE:", "Story highlights"), is not a photo caption
   * ("X, left, and Y, right, unveil ..."), does not open with a quotation of
   * {@value #SPEECH_WORDS} words or more unless it says {@value #LEAD_ATTRIBUTION_WORDS} words or
   * more outside quotations (who said it, where, when: "“There’s been no decision to leave
   * Iraq,” Esper told reporters at the Pentagon on Monday."), and outside quotations has no "I",
   * "we" or "you" (a columnist's aside, a scientist's "we identified", an ad's "your"), and does
   * not say "also" in its first six words (it adds to a story told before). Applied
   * with the rules of {@link #readsBadly}, which the opening sentence must pass too.
   */
  static boolean opensSummary(String sentence, int words) {
    String s = sentence.strip();
    if (words < LEAD_MIN_WORDS || question(s)) return false;
    if (NOT_A_LEAD.matcher(s).lookingAt() || caption(s)) return false;
    // "The station also interviewed the owner ...": adds to a story told before.
    if (s.contains(" also ") && ALSO_EARLY.matcher(s).lookingAt()) return false;
    String opening = openingQuotation(s);
    // What follows the opening quotation (its two marks), or the whole sentence.
    String after = opening.isEmpty() ? s : s.substring(Math.min(s.length(), opening.length() + 2));
    if (BoilerplateRemover.wordCount(opening) >= SPEECH_WORDS
        && BoilerplateRemover.wordCount(QUOTATION.matcher(after).replaceAll(" ")) < LEAD_ATTRIBUTION_WORDS) {
      return false;
    }
    return !speaksInPerson(after);
  }

  /**
   * The quotation a sentence opens with, without its marks ("" if it opens otherwise): up to the
   * closing double quote, or for a single quote up to a closing one that no letter follows (an
   * apostrophe, as in "didn’t", is followed by one).
   */
  static String openingQuotation(String s) {
    if (s.isEmpty()) return "";
    char c = s.charAt(0);
    if (c == '"' || c == '\u201C') {
      int end = 1;
      while (end < s.length() && s.charAt(end) != '"' && s.charAt(end) != '\u201D') end++;
      return s.substring(1, end);
    }
    if (c == '\u2018' || c == '\'') {
      for (int end = 1; end < s.length(); end++) {
        char e = s.charAt(end);
        if ((e == '\u2019' || e == '\'') && (end + 1 == s.length() || !Character.isLetter(s.charAt(end + 1)))) {
          return s.substring(1, end);
        }
      }
      return s.substring(1);
    }
    return "";
  }

  /**
   * Opens or closes on the sentence before ("He ...", "Still, ...", "..., however."), quotes a
   * bare "he said", is an aside in parentheses, a lead-in ending with a colon ("... stationery:"),
   * or points at the page's own media. Each pattern runs only where it can match (the opening,
   * the last characters, sentences holding a media word), so the rule costs little per sentence.
   */
  static boolean leansOnContext(String sentence) {
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

  /**
   * The reading rules applied once to every sentence of a cluster, kept with the cluster's text so
   * that each method, and each pass of the selector, looks them up instead of matching the
   * patterns again: which sentences {@link #readsBadly}, and which are page debris left inside a
   * prose paragraph ({@link BoilerplateRemover#isDebrisSentence}: "Click here to ...", "RELATED:
   * ..."), or sentences in another language inside an English cluster ({@link ForeignSentences}),
   * never taken into a summary by any method. Debris stays a sentence of the cluster, so
   * positions and citations in its article are those of the page.
   */
  static final class Reading {
    final boolean[] readsBadly;
    /**
     * What a summary read as one paragraph leaves out: what {@link #readsBadly}, photo captions
     * and posts ({@link #caption}), and headlines or decks with no full stop ({@link #unfinished};
     * ROUGE at 40 words unchanged, −0.04 / +0.01). In a longer summary a caption is only a caption
     * ("Spain’s King Juan Carlos, left, signs an abdication law in the presence of Queen Sofia"):
     * demoting captions there too cost the learned method 0.08 ROUGE-1 and ROUGE-2 at 300 words
     * on Multi-News, paired.
     */
    final boolean[] notInParagraph;
    final boolean[] debris;

    private Reading(ClusterText cluster) {
      readsBadly = new boolean[cluster.size()];
      notInParagraph = new boolean[cluster.size()];
      debris = new boolean[cluster.size()];
      List<String> texts = new ArrayList<>(cluster.size());
      for (int i = 0; i < cluster.size(); i++) texts.add(cluster.sentence(i).text());
      boolean[] foreign = ForeignSentences.of(texts);
      for (int i = 0; i < cluster.size(); i++) {
        String text = texts.get(i);
        readsBadly[i] = BudgetedSelector.readsBadly(cluster, text);
        notInParagraph[i] = readsBadly[i] || caption(text) || unfinished(text);
        debris[i] = foreign[i] || BoilerplateRemover.isDebrisSentence(text);
      }
    }

    static Reading of(ClusterText cluster) {
      return cluster.derived(Reading.class, Reading::new);
    }
  }

  /**
   * A piece of a sentence rather than a sentence: it opens with punctuation that continues
   * something (", , it shouldn't have been published.", "-- a ranking of all URLs ...") or with a
   * lower-case letter, or is cut short by a teaser's ellipsis ("Protests were held in different
   * parts of...").
   */
  static boolean fragment(String sentence) {
    String s = sentence.strip();
    if (s.isEmpty()) return true;
    char c = s.charAt(0);
    return ",;:.)]}!?-\u2013\u2014\u2022".indexOf(c) >= 0 || Character.isLowerCase(c)
        || s.endsWith("...") || s.endsWith("\u2026");
  }

  /**
   * An odd number of double quotation marks, or an opening single one nothing closes
   * ({@link #openSingleQuotation}): a quotation that began in an earlier sentence or ends in a
   * later one, or marks misplaced by machine translation; either way the sentence does not read
   * right alone.
   */
  static boolean unbalancedQuotes(String sentence) {
    int quotes = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E') quotes++;
    }
    return quotes % 2 == 1 || openSingleQuotation(sentence);
  }

  /**
   * Opens with a single quotation mark that nothing closes: "'They didn’t care when she was
   * alive." (a quotation going on in the next sentence). A closing mark is one no letter follows;
   * "didn’t" has an apostrophe.
   */
  static boolean openSingleQuotation(String sentence) {
    String s = sentence.strip();
    if (s.length() < 3 || (s.charAt(0) != '\'' && s.charAt(0) != '\u2018') || !Character.isLetter(s.charAt(1))) {
      return false;
    }
    for (int i = 2; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '\'' || c == '\u2019') && (i + 1 == s.length() || !Character.isLetter(s.charAt(i + 1)))) return false;
    }
    return true;
  }

  /**
   * Whether a summary is short enough to be read as one paragraph (at most
   * {@value #PARAGRAPH_WORDS} words, {@value #PARAGRAPH_SENTENCES} sentences or
   * {@value #PARAGRAPH_CHARACTERS} characters), where every sentence must read well alone: there a
   * sentence that {@link #readsBadly} is not taken at all while others fit, instead of only being
   * demoted. Longer summaries keep the demotion: on Multi-News at DUC's 100 words, leaving such
   * sentences out of the learned method's choice cost 0.5 ROUGE-2 recall, as sentences that lean on
   * their context still carry the story's n-grams.
   */
  static boolean readAsOneParagraph(Budget b) {
    return switch (b.unit()) {
      case WORDS -> b.amount() <= PARAGRAPH_WORDS;
      case SENTENCES -> b.amount() <= PARAGRAPH_SENTENCES;
      case CHARACTERS -> b.amount() <= PARAGRAPH_CHARACTERS;
    };
  }

  static final int PARAGRAPH_WORDS = 60;
  static final int PARAGRAPH_SENTENCES = 3;
  static final int PARAGRAPH_CHARACTERS = 400;

  /** The chosen sentence indices, in the requested order. Empty if nothing fits. */
  public List<Integer> select(ClusterText cluster, List<Candidate> ranked, SelectionOptions options) {
    List<Candidate> order = demoteHardReading(cluster, ranked);
    if (readAsOneParagraph(options.budget())) order = leadFirst(cluster, order, options);
    List<Integer> chosen = fill(cluster, order, options, options.minWords(), readAsOneParagraph(options.budget()));
    if (chosen.isEmpty()) chosen = fill(cluster, order, options, options.minWords(), false);
    if (chosen.isEmpty() && options.minWords() > 0) chosen = fill(cluster, order, options, 0, false);
    if (options.order() == SelectionOptions.Order.READING) {
      chosen.sort(Comparator.comparing((Integer i) -> dateOf(cluster, cluster.sentence(i).article()))
          .thenComparingInt(i -> cluster.sentence(i).article())
          .thenComparingInt(i -> cluster.sentence(i).position()));
    }
    return chosen;
  }

  /**
   * {@code order} with its first sentence that can open a summary moved to the front: one that
   * fits the budget, reads well and reads as a lead ({@link #opensSummary}). A summary read as one
   * paragraph is its first sentence; a method's top-ranked sentence is often a short fact ("The
   * United States has about 5,000 US troops in Iraq.") that cannot tell the event.
   */
  private static List<Candidate> leadFirst(ClusterText cluster, List<Candidate> order, SelectionOptions options) {
    Reading reading = Reading.of(cluster);
    Budget budget = options.budget();
    for (int k = 0; k < order.size(); k++) {
      Sentence s = cluster.sentence(order.get(k).sentence());
      if (reading.notInParagraph[s.index()] || reading.debris[s.index()] || s.words() < options.minWords()) continue;
      if (budget.cost(s.words(), s.text().length()) > budget.amount()) continue;
      if (!opensSummary(s.text(), s.words())) continue;
      if (k == 0) return order;
      List<Candidate> out = new ArrayList<>(order.size());
      out.add(order.get(k));
      for (int j = 0; j < order.size(); j++) if (j != k) out.add(order.get(j));
      return out;
    }
    return order;
  }

  /**
   * The article's date as an ISO-8601 prefix for chronological order ("2020-01-06..." sorts as
   * text); an article without a date sorts after dated ones, in article order.
   */
  private static String dateOf(ClusterText cluster, int article) {
    String d = cluster.cluster().articles().get(article).date().strip();
    return d.matches("\\d{4}-\\d{2}-\\d{2}.*") ? d : "~";
  }

  private static List<Integer> fill(ClusterText cluster, List<Candidate> order,
      SelectionOptions options, int minWords, boolean wellReadOnly) {
    Budget budget = options.budget();
    Reading reading = Reading.of(cluster);
    int left = budget.amount();
    List<Integer> chosen = new ArrayList<>();
    boolean[] taken = new boolean[cluster.size()];
    for (Candidate c : order) {
      if (left <= 0) break;
      Sentence s = cluster.sentence(c.sentence());
      if (taken[s.index()] || s.words() < minWords) continue;
      if (wellReadOnly && reading.notInParagraph[s.index()] || reading.debris[s.index()]) continue;
      int cost = budget.cost(s.words(), s.text().length() + (chosen.isEmpty() ? 0 : 1));
      if (cost > left) continue;
      if (redundant(cluster, s.index(), chosen, options.redundancy())) continue;
      chosen.add(s.index());
      taken[s.index()] = true;
      left -= cost;
    }
    if (options.fill() && left > 0) {
      for (Candidate c : order) {
        Sentence s = cluster.sentence(c.sentence());
        if (taken[s.index()] || s.words() < minWords) continue;
        if (wellReadOnly && reading.notInParagraph[s.index()] || reading.debris[s.index()]) continue;
        if (redundant(cluster, s.index(), chosen, options.redundancy())) continue;
        chosen.add(s.index());
        break;
      }
    }
    return chosen;
  }

  private static boolean redundant(ClusterText cluster, int i, List<Integer> chosen, double limit) {
    if (limit >= 1) return false;
    for (int j : chosen) {
      if (cluster.vector(i).cosine(cluster.vector(j)) >= limit) return true;
    }
    return false;
  }

  private static List<Candidate> demoteHardReading(ClusterText cluster, List<Candidate> ranked) {
    List<Candidate> out = new ArrayList<>(ranked.size());
    boolean changed = false;
    boolean[] readsBadly = Reading.of(cluster).readsBadly;
    for (Candidate c : ranked) {
      if (readsBadly[c.sentence()]) {
        double factor = c.score() >= 0 ? HARD_READING_PENALTY : 1 / HARD_READING_PENALTY;
        out.add(new Candidate(c.sentence(), c.score() * factor));
        changed = true;
      } else {
        out.add(c);
      }
    }
    return changed ? Candidates.sorted(out) : ranked;
  }
}
