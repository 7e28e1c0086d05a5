package dev.precis.summarize;

import dev.precis.SummaryRequest;
import dev.precis.text.reading.Caption;
import dev.precis.text.reading.Fragments;
import dev.precis.text.reading.Lead;
import dev.precis.text.reading.Quotations;
import dev.precis.text.reading.SentenceFlags;
import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.TestData;
import dev.precis.model.Citation;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.render.SummaryFormat;
import dev.precis.represent.ClusterText;
import dev.precis.text.DebrisRemover;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What every summary promises, checked on the sample and on real Multi-News clusters. */
class SummaryContractTest {
  static final Precis PRECIS = new Precis();
  static final List<Cluster> CLUSTERS = Stream.concat(Stream.of(TestData.sample()),
      TestData.multiNews(12).stream()).toList();
  /** Each cluster prepared once (embeddings included), shared by the tests as by the eval. */
  static final java.util.Map<String, ClusterText> PREPARED = new java.util.concurrent.ConcurrentHashMap<>();

  static ClusterText prepared(Cluster c) {
    return PREPARED.computeIfAbsent(c.id(), id -> PRECIS.prepare(c));
  }

  static Stream<Arguments> methodsAndBudgets() {
    return Summarizer.names().stream().flatMap(m -> Stream.of(
        Arguments.of(m, Budget.words(40)), Arguments.of(m, Budget.words(300)),
        Arguments.of(m, Budget.sentences(2)), Arguments.of(m, Budget.characters(280))));
  }

  @ParameterizedTest
  @MethodSource("methodsAndBudgets")
  void budgetIsNeverExceeded(String method, Budget budget) {
    for (Cluster c : CLUSTERS) {
      Summary s = PRECIS.summarize(prepared(c), Summarizer.named(method), SummaryRequest.defaults().withBudget(budget).selection());
      int used = switch (budget.unit()) {
        case WORDS -> s.sentences().stream().mapToInt(x -> x.text().split("\\s+").length).sum();
        case SENTENCES -> s.sentences().size();
        case CHARACTERS -> s.text().length();
      };
      assertThat(used).as("%s on %s", method, c.id()).isLessThanOrEqualTo(budget.amount());
      if (method.equals("oracle") && c.references().isEmpty()) {
        assertThat(s.sentences()).as("the oracle has nothing to read on %s", c.id()).isEmpty();
      } else {
        assertThat(s.sentences()).as("%s on %s", method, c.id()).isNotEmpty();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("methodNames")
  void everyCitationSpanIsTheCitedText(String method) {
    for (Cluster c : CLUSTERS) {
      Summary s = PRECIS.summarize(prepared(c), Summarizer.named(method), SummaryRequest.defaults().withBudget(Budget.words(300)).selection());
      for (SummarySentence sentence : s.sentences()) {
        Citation own = sentence.citations().get(0);
        String source = s.sources().get(own.article() - 1).cleanText();
        assertThat(source.substring(own.start(), own.end())).isEqualTo(sentence.text());
        assertThat(sentence.support()).isBetween(1, c.articles().size());
        for (Citation other : sentence.citations()) {
          assertThat(s.sources().get(other.article() - 1).id()).isEqualTo(other.id());
          assertThat(other.end()).isLessThanOrEqualTo(s.sources().get(other.article() - 1).cleanText().length());
        }
      }
    }
  }

  static Stream<String> methodNames() {
    return Summarizer.names().stream();
  }

  @ParameterizedTest
  @MethodSource("methodNames")
  void theSameInputGivesByteIdenticalOutput(String method) {
    for (SummaryFormat f : SummaryFormat.values()) {
      String first = f.render(new Precis().summarize(TestData.sample(), Summarizer.named(method),
          SummaryRequest.defaults().withBudget(Budget.words(60)).selection()));
      String second = f.render(new Precis().summarize(TestData.sample(), Summarizer.named(method),
          SummaryRequest.defaults().withBudget(Budget.words(60)).selection()));
      assertThat(second).isEqualTo(first);
    }
  }

  @Test
  void fillAddsOneSentencePastTheBudgetForEvaluation() {
    ClusterText text = prepared(CLUSTERS.get(1));
    int checked = 0;
    for (int words = 60; words <= 120; words += 7) {
      Summary exact = PRECIS.summarize(text, Summarizer.named("centroid"), SummaryRequest.defaults().withBudget(Budget.words(words)).selection());
      Summary filled = PRECIS.summarize(text, Summarizer.named("centroid"),
          SummaryRequest.defaults().withBudget(Budget.words(words)).selection().withFill(true));
      int used = exact.sentences().stream().mapToInt(x -> x.text().split("\\s+").length).sum();
      if (used == words) {
        assertThat(filled).isEqualTo(exact);
        continue;
      }
      checked++;
      assertThat(filled.sentences()).hasSize(exact.sentences().size() + 1);
      assertThat(filled.sentences().subList(0, exact.sentences().size())).isEqualTo(exact.sentences());
    }
    assertThat(checked).isPositive();
  }

  @Test
  void readingOrderIsChronologicalThenByPosition() {
    Cluster dated = new Cluster("dated", List.of(
        new dev.precis.model.Article("late", "Second day of the storm", "The storm moved north on Tuesday and weakened over the hills. "
            + "Officials reopened the main highway on Tuesday evening after clearing fallen trees.", "", "2021-03-02", ""),
        new dev.precis.model.Article("early", "Storm hits the coast", "A powerful storm hit the coast on Monday and cut power to thousands of homes. "
            + "Schools across the region closed on Monday as the storm brought heavy rain.", "", "2021-03-01T08:00:00Z", "")));
    Summary s = PRECIS.summarize(dated, Summarizer.named("centroid"), new SelectionOptions(Budget.sentences(4),
        1.0, 0, SelectionOptions.Order.READING, false));
    assertThat(s.sentences()).extracting(x -> x.citations().get(0).id())
        .containsExactly("early", "early", "late", "late");
    assertThat(s.sentences().get(0).text()).startsWith("A powerful storm");
  }

  @Test
  void aSentenceThatLeansOnItsContextYieldsToOneThatStandsAlone() {
    ClusterText text = prepared(CLUSTERS.get(0));
    int dangling = -1, standing = -1;
    for (var s : text.sentences()) {
      if (dangling < 0 && s.text().startsWith("He added")) dangling = s.index();
      if (standing < 0 && s.text().startsWith("US Defense Secretary Mark Esper denied")) standing = s.index();
    }
    List<Candidate> ranked = List.of(new Candidate(dangling, 1.0), new Candidate(standing, 0.9));
    List<Integer> chosen = new Selector(text, SummaryRequest.defaults().withBudget(Budget.sentences(1)).selection()).select(ranked);
    assertThat(chosen).containsExactly(standing);
  }

  @Test
  void aSentenceWithAnUnclosedQuotationReadsBadly() {
    // From the sample: machine translation scattered the quotation marks of this sentence.
    String garbled = "\u201CIn recognition of the sovereignty of the Republic of Iraq and at the request of"
        + " the Iraqi Parliament and Prime Minister, the United States will\u201D reposition forces in the"
        + " coming days and weeks to prepare for further movement, \u201Cthe letter said.";
    assertThat(Quotations.unbalancedQuotes(garbled)).isTrue();
    assertThat(Quotations.unbalancedQuotes("\u201CThere\u2019s been no decision to leave Iraq. Period,\u201D"
        + " Esper told reporters.")).isFalse();
    assertThat(Quotations.unbalancedQuotes("He said \"no\" twice.")).isFalse();
    ClusterText text = prepared(CLUSTERS.get(0));
    for (var s : text.sentences()) {
      if (s.text().contains("the United States will\u201D")) {
        assertThat(SentenceFlags.readsBadly(text.names(), s.text())).isTrue();
      }
    }
  }

  @Test
  void fragmentsAndSentencesThatAnswerAnotherReadBadly() {
    ClusterText text = prepared(CLUSTERS.get(0));
    for (String s : List.of(", , it shouldn\u2019t have been published.", "of the coalition forces.",
        "Still, the letter was sent.", "The Iraqi military officials confirmed receiving it, however.",
        // Multi-News sentences that point at what the page had around them.
        "(The richer the country, the more e-waste it generally generates.)",
        "After taking a lot of criticism, Johnson later backed off with this tweet.",
        "Here, for your edification, is a screenshot of the fake tweet.",
        "POLITICO's Patrick Gavin reports on \"President\" Hillary Clinton's visit to New Zealand Thursday:",
        "-- a ranking of all URLs that have more than one incoming inter-domain link",
        // Multi-News sentences in a blogger's voice, and questions.
        "I also used the extended handle on my computer bag and taped the iPhone to my handle.",
        "Unemployment is a bitch, and it\u2019s not necessarily your \u201Cfault\u201D that it\u2019s where you are.",
        "So what happened to merit the downsizing?",
        "\"Why would Bishop burns suppress this crucial information?\"",
        "\u2014 Al Gore , An Inconvenient Truth ,")) {
      assertThat(SentenceFlags.readsBadly(text.names(), s)).as(s).isTrue();
    }
    for (String s : List.of("Esper said the United States has no plans to leave Iraq.",
        "Police from an adjacent station rushed in, and Howard said he directed them to the floor above.",
        "\u201CThere\u2019s been no decision to leave Iraq,\u201D Esper said.",
        "\u201CI did not mean it to be offensive at any point,\u201D Gurriel said.",
        "\"We need measures worth 1.5 billion euros to finalize the package,\" the official said.",
        "PROVIDENCE, R.I. (AP) \u2014 Author Christopher Lawford has died.",
        "The U.S. military told its allies nothing, the minister's office said in a statement.")) {
      assertThat(SentenceFlags.readsBadly(text.names(), s)).as(s).isFalse();
    }
  }

  @Test
  void headlinesBylinesCreditsAndBareQuotationsReadBadly() {
    ClusterText text = prepared(CLUSTERS.get(0));
    // Lines of Multi-News articles that default 60-word summaries had taken.
    for (String s : List.of(
        "By Monika Bickert, Head of Global Policy Management, and Chris Sonderby, Deputy General Counsel",
        "Amy Sussman, Getty Images Amy Sussman, Getty Images PopScene: Weeks Hottest Pics",
        "Pregnant Eva Longoria Shows Off Baby Bump While Out Hiking",
        "(Reporting by Elvina Nawaguna; Editing by Sandra Maler)",
        "Video Captures Rescue of Woman Who Went Overboard While Taking Cruise Ship Selfie",
        "\u201CI got this, Romney three points.\u201D",
        "\u201CI\u2019m cautiously optimistic that Romney\u2019s going to win.\u201D",
        "Hours, if you\u2019re like most office rats.",
        "\u2018It\u2019s time for the truth to come out.\u2019",
        // Teasers cut short, an embedded video's title, a picture's credit, sentences answering another.
        "Protests were held in different parts of...",
        "Voting began Saturday in the election in which the island's China-friendly Nationalist\u2026",
        "Escape Maneuver in a Flying Fly from Michael Dickinson on Vimeo.",
        "Hog-nosed Shrew Rat (courtesy: Kevin C. Rowe, Senior Curator of Mammals, Museum Victoria) is new.",
        "For instance, \"only a handful\" of George Washington's slaves had his name.",
        "Then again, \"It's a myth,\" writes Washington.",
        "Well, not everyone can be right.",
        "Anyway, that's Marty Martin, the guy Bush put in charge of the bin Laden hunt.",
        // A quotation going on in the next sentence, and a live page's update run on from a dash
        // (clusters 023, 007), which 60-word summaries had taken.
        "'They didn\u2019t care when she was alive.",
        "\u2014 UPDATE: 905 a.m. - OPD reports on April 18, at about 12:44 a.m., 17 year old Kristian Perez was located at a residence in Orofino.",
        // Connectives a 60-word summary had taken (cluster 039).
        "So, the existing evidence suggests that hangovers can't be blamed on mixing drinks.",
        "For this they were paid a rather generous $450.",
        "For more information, go to www.chesapeakearena.com and www.bokcenter.com.",
        "Robert H. Richards IV Story Highlights Superior Court judge: du Pont heir \"will not fare well\" in prison",
        "\u2022Amending the cars' warranty to cover damage due to fire.",
        // Pieces cut off at a parenthesis and shouting (clusters 116, 065, 175).
        "EST Saturday) when the pilot \"asked to avoid clouds by turning left and going higher.\"",
        "The Los Angeles Times won a Pulitzer Prize for its reporting on the subject).",
        "Big news, Bettys: KATE GOSSELIN GOT A JOB.",
        "Luka Magnotta THE CANADIAN PRESS Police have named Magnotta a suspect in the case.",
        "DeRusha Eats: The Sunshine Factory Burns Bright In PlymouthThe Sunshine Factory is a new restaurant.",
        "WCCO Viewers' Choice For Best Egg Roll In MinnesotaIn this week\u2019s Best of Minnesota, the egg rolls win.")) {
      assertThat(SentenceFlags.readsBadly(text.names(), s)).as(s).isTrue();
    }
    // Captions and a post (clusters 234, 025, 209, 221, 194): left out of one-paragraph summaries only.
    for (String s : List.of("Linda Jourdeans (lower right) was the only redhead in her family.",
        "Joey Wilson, left, rings up Curtis Barwick for a gold pan at Adventures in Prospecting.",
        "Enlarge Family photo Chad and Barbie Soper hold their baby Cearra Nicole, who was born Oct. 10, 2010.",
        "Just WALKED off plane in Indy to play in The #SuperBowl.",
        "Above, Ashley totes the fabled bag in Tribeca.",
        "Photo taken in Santa Rosa, on Monday, July 7, 2014.",
        // A part of the day between weekday and date, as AP captions write it (cluster 223).
        "Japan's Self-Defense Forces's helicopter heads to the Fukushima Dai-ichi nuclear power plant to dump"
            + " water on the stricken reactor in Okumamachi Thursday morning, March 17, 2011.",
        // Dated as captions are (clusters 016, 143): cluster 016's 60-word summary had opened with it.
        "Security at Bush Intercontinental Airport stand at the bottom of the escalators as police investigate"
            + " a shooting near Terminal B on Thursday, May 2, 2013 in Houston.",
        "Spain\u2019s King Juan Carlos, left, signs an abdication law in the presence of Queen Sofia during a"
            + " ceremony at the Royal Palace in Madrid, Spain, Wednesday June 18, 2014.")) {
      assertThat(Caption.caption(s)).as(s).isTrue();
      assertThat(SentenceFlags.readsBadly(text.names(), s)).as(s).isFalse();
    }
    assertThat(Caption.caption("The man on the left of the picture is the mayor, officials said.")).isFalse();
    assertThat(Caption.caption("Esper told reporters at the Pentagon on Monday, in an off-camera briefing.")).isFalse();
    assertThat(Caption.caption("Eva Longoria welcomed her first child on Tuesday, June 19, the actress confirmed.")).isFalse();
    // Headlines and decks with no full stop, which 60-word summaries had taken (clusters 048, 203).
    assertThat(Fragments.unfinished(
        "Pete Davidson proposes to Maggie Rogers on 'SNL' promo, and Ariana Grande is not laughing")).isTrue();
    assertThat(Fragments.unfinished("Black pastors demand apology from Donald Trump")).isTrue();
    assertThat(Fragments.unfinished("\u201CThere\u2019s been no decision to leave Iraq,\u201D Esper said.")).isFalse();
    assertThat(Fragments.unfinished("He said it was \u201Ca mistake.\u201D")).isFalse();
    // Sentences of names are sentences when a verb joins them; quotations said by someone stay.
    for (String s : List.of(
        "Cummings is the top Democrat on the House Oversight and Government Reform Committee, and Waxman"
            + " is the top Democrat on the House Energy and Commerce Committee.",
        "Mayor Rahm Emanuel on Monday won praise from some representatives of Chicago's immigrant community.",
        "Rapper Vanilla Ice revealed in an interview that he dated Madonna in 1991.",
        "For this year's budget, the council voted to cut spending on roads by a third.",
        "\u2018They didn\u2019t care when she was alive, and now they want to speak for her,\u2019 he said"
            + " at the hearing, \u2018and it is too late.\u2019",
        "The video was posted on YouTube by the group's members on Friday.",
        "Well-known investors lost money in the fund, its managers said.",
        "SALT LAKE CITY (AP) \u2014 The Mormon church took another step toward transparency Tuesday.",
        "The U.S. and NATO said the FBI (and the CIA) would help.",
        "Shares of Amazon.com rose 3 percent after the U.S. Commerce Department report.",
        "Members of LinkedIn in the United States were told to change their passwords.",
        "The man on the left of the picture is the mayor, officials said.",
        "Police said No. 5 was the ticket number and 7 p.m. was the time.",
        "\u201CThere\u2019s been no decision to leave Iraq,\u201D Esper said.",
        "\"No amount of federal taxpayer dollars will help a city that refuses to help its own residents,\""
            + " Sessions said.",
        "\u201CWe won\u2019t leave until they pay us back,\u201D Trump said, and \u201Cwe will charge them sanctions.\u201D")) {
      assertThat(SentenceFlags.readsBadly(text.names(), s)).as(s).isFalse();
    }
    // Facebook's post opens with its byline, which the default summary had opened with.
    Cluster facebook = TestData.multiNews(181).stream().filter(c -> c.id().endsWith("-195")).findFirst().orElseThrow();
    Summary s = PRECIS.summarize(prepared(facebook), Summarizer.named("learned"), SummaryRequest.defaults().withBudget(Budget.words(60)).selection());
    assertThat(prepared(facebook).sentences()).anyMatch(x -> x.text().startsWith("By Monika Bickert"));
    assertThat(s.sentences()).isNotEmpty().noneMatch(x -> x.text().startsWith("By Monika Bickert"));
    // A 60-word summary of the Sopers' story had opened with its gallery's caption (cluster 209).
    Cluster soper = TestData.multiNews(181).stream().filter(c -> c.id().endsWith("-209")).findFirst().orElseThrow();
    Summary short60 = PRECIS.summarize(prepared(soper), Summarizer.named("learned"), SummaryRequest.defaults().withBudget(Budget.words(60)).selection());
    assertThat(prepared(soper).sentences()).anyMatch(x -> Caption.caption(x.text()));
    assertThat(short60.sentences()).isNotEmpty().noneMatch(x -> Caption.caption(x.text()));
  }

  @Test
  void textRunTogetherByTranslationReadsBadly() {
    ClusterText text = prepared(CLUSTERS.get(0));
    // The sample's machine-translated letter, cut and joined by the translator.
    String joined = "BAGHDAD / DUBAI \u2013 The United States has no plans to withdraw US troops from Iraq,"
        + " Defense Secretary Mark Esper said Monday following reports by Reuters and other media of a"
        + " US military letter briefing Iraqi officials on the resettlement of troops in preparation."
        + " to leave Country.";
    assertThat(text.sentences()).anyMatch(s -> s.text().contains("in preparation. to leave Country."));
    assertThat(Fragments.brokenJoin(joined)).isTrue();
    assertThat(SentenceFlags.readsBadly(text.names(), joined)).isTrue();
    for (String s : List.of("He arrived at 6 a.m. on Tuesday and left at 5 p.m. local time.",
        "U.S. officials said the letter was a draft.", "They bought paint, brushes, etc. and went home.",
        "The St. Louis Cardinals won.")) {
      assertThat(Fragments.brokenJoin(s)).as(s).isFalse();
    }
  }

  /**
   * Every method's one-paragraph summary opens with a sentence that reads as a lead: the shared
   * selector moves a method's first such sentence to the front. Submodular's own first choice on
   * the sample is "The United States has about 5,000 US troops in Iraq.", which tells no event.
   */
  @ParameterizedTest
  @ValueSource(strings = {"centroid", "lexrank", "textrank", "submodular",
      "ilp", "kl", "mmr", "lead", "learned"})
  void everyMethodsShortSummaryOpensWithALead(String method) {
    for (Cluster c : CLUSTERS.subList(0, 4)) {
      Summary s = PRECIS.summarize(prepared(c), Summarizer.named(method), SummaryRequest.defaults().withBudget(Budget.words(40)).selection());
      String first = s.sentences().get(0).text();
      assertThat(Lead.opensSummary(first, first.split("\\s+").length)).as(method + ": " + first).isTrue();
    }
  }

  @Test
  void aSummaryOpensWithASentenceThatReadsAsALead() {
    // Openings that Multi-News clusters' sentences offered a 40-word summary before this rule.
    for (String s : List.of(
        "Is Stevie Johnson a secret agent doing reconnaissance work in the United States for everyone's"
            + " least favorite hermit kingdom, North Korea?",
        "For those of you who were offended by a very genuine attempt at fostering a civil discussion, I apologize.",
        "By using ELISA to measure Zaire Ebola virus antibody concentrations, we identified a significant"
            + " number of individuals who were infected.",
        "\"When legally I didn't have to have visitation with him anymore, I jumped on it,\" Larson said.",
        "Say hola to Eva Longoria\u2019s son Santiago Enrique Bast\u00f3n!",
        "CLOSE Scientists say they've found archaeological evidence to support rumors they previously"
            + " were skeptical of.",
        "Story highlights Sen. Lindsey Graham will host a fundraiser on Monday in support of Sen. Ted"
            + " Cruz's presidential campaign",
        "UPDATE: 905 a.m. - OPD reports on April 18, at about 12:44 a.m., 17 year old Kristian Perez was"
            + " located at a residence in Orofino.",
        "Joey Wilson, left, rings up Curtis Barwick for a gold pan and a portable slough Saturday at"
            + " Adventures in Prospecting in downtown Oroville.",
        "Moore was dead at the scene.",
        "\u201CI apologize, that was a stupid joke somebody told me about the president,\u201D she wrote.",
        "\u2018They didn\u2019t care when she was alive, and now they want to speak for her,\u2019 he said.",
        // Adds to a story told before (cluster 182's 60-word summary had opened with it).
        "The station also interviewed the owner of the strip club, who corroborated the allegations.")) {
      assertThat(Lead.opensSummary(s, s.split("\\s+").length)).as(s).isFalse();
    }
    for (String s : List.of(
        "PROVIDENCE, R.I. (AP) \u2014 Author and actor Christopher Kennedy Lawford, who was born into"
            + " political and Hollywood royalty, has died.",
        "\"Tonight Show\" host Jay Leno is taking a significant reduction in pay and roughly two dozen"
            + " staffers are being let go.",
        "FBI Director James Comey told Congress on Wednesday that the bureau had reviewed the new emails.",
        "\u201CThere\u2019s been no decision to leave Iraq,\u201D Esper told reporters at the Pentagon on Monday.",
        "\u201CThere\u2019s been no decision to leave Iraq. Period,\u201D Secretary Mark Esper told reporters at"
            + " the Pentagon on Monday, in what appears to have been an off-camera briefing.",
        "Eva Longoria welcomed her first child, a son named Santiago Enrique Bast\u00f3n, with husband"
            + " Jos\u00e9 \u201CPepe\u201D Bast\u00f3n on Tuesday, June 19, the actress confirmed to Hola.")) {
      assertThat(Lead.opensSummary(s, s.split("\\s+").length)).as(s).isTrue();
    }
  }

  @Test
  void debrisAndForeignSentencesInsideProseNeverReachASummary() {
    // Multi-News clusters 006 and 036 keep "Related: ...", "Click here to ..." and "RELATED
    // GALLERY: ..." inside prose paragraphs; 050 holds an Indonesian abstract after the English
    // one and 055 a Dutch article. They are sentences of the cluster, never of a summary.
    List<Cluster> clusters = TestData.multiNews(60).stream()
        .filter(c -> c.id().endsWith("-006") || c.id().endsWith("-036") || c.id().endsWith("-050")
            || c.id().endsWith("-055"))
        .toList();
    assertThat(clusters).hasSize(4);
    for (Cluster c : clusters) {
      ClusterText text = prepared(c);
      assertThat(text.sentences()).anyMatch(s -> DebrisRemover.isDebrisSentence(s.text())
          || s.text().contains(" tikus ") || s.text().contains(" het museum"));
      for (String method : List.of("lead", "centroid", "learned")) {
        // A budget that takes every other sentence of the cluster.
        Summary s = PRECIS.summarize(text, Summarizer.named(method), SummaryRequest.defaults().withBudget(Budget.words(20_000)).selection());
        assertThat(s.sentences()).as(method).isNotEmpty()
            .noneMatch(x -> x.text().startsWith("Click here") || x.text().startsWith("RELATED")
                || x.text().startsWith("Related:") || x.text().contains(" tikus ")
                || x.text().contains(" het museum") || x.text().contains(" werd "));
      }
    }
  }

  @Test
  void boilerplateNeverReachesASummary() {
    Summary s = PRECIS.summarize(TestData.sample(), Summarizer.named("centroid"),
        SummaryRequest.defaults().withBudget(Budget.words(400)).selection());
    assertThat(s.text()).doesNotContainIgnoringCase("advertisement").doesNotContain("Leave a Reply")
        .doesNotContain("Article Credit").doesNotContain("Photo:").doesNotContain("date 2020");
  }

  @Test
  void theSampleSummaryPrefersTheMajoritySpellingAndListsTheVariants() {
    Summary s = PRECIS.summarize(TestData.sample(), Summarizer.named("centroid"),
        SummaryRequest.defaults().withBudget(Budget.words(60)).selection());
    assertThat(s.text()).doesNotContain("Asper").doesNotContain("Esber").doesNotContain("Sealy");
    assertThat(s.names()).extracting(n -> n.name()).contains("Esper", "Seely");
  }

  @Test
  void aClusterOfOnlyBoilerplateGivesAnEmptySummaryWithAWarning() {
    Cluster junk = new Cluster("junk", List.of(
        new dev.precis.model.Article("a", "Title one here", "advertisement\n\nLeave a Reply"),
        new dev.precis.model.Article("b", "Title two here", "Share this:\n\nClick here")));
    Summary s = PRECIS.summarize(junk, Summarizer.named("centroid"), SummaryRequest.defaults().withBudget(Budget.words(60)).selection());
    assertThat(s.sentences()).isEmpty();
    assertThat(s.warnings()).containsExactly(
        "article a: no text after removing boilerplate",
        "article b: no text after removing boilerplate",
        "cluster junk: no sentence to summarize (every article is empty or boilerplate)");
  }
}
