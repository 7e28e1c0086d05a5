package dev.precis.text.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.TestData;
import dev.precis.represent.ClusterText;
import dev.precis.text.NameVariantFinder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reading rules on real sentences: lines of the sample and of Multi-News dev articles that
 * summaries had taken before each rule, and sentences that read well and must stay.
 */
class ReadingRulesTest {
  private static final ClusterText SAMPLE = new Precis().prepare(TestData.sample());
  private static final NameVariantFinder.Result NAMES = SAMPLE.names();

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
    assertThat(SAMPLE.sentences()).filteredOn(s -> s.text().contains("the United States will\u201D"))
        .isNotEmpty().allMatch(s -> s.flags().readsBadly());
  }

  @Test
  void fragmentsAndSentencesThatAnswerAnotherReadBadly() {
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
      assertThat(SentenceFlags.readsBadly(NAMES, s)).as(s).isTrue();
    }
    for (String s : List.of("Esper said the United States has no plans to leave Iraq.",
        "Police from an adjacent station rushed in, and Howard said he directed them to the floor above.",
        "\u201CThere\u2019s been no decision to leave Iraq,\u201D Esper said.",
        "\u201CI did not mean it to be offensive at any point,\u201D Gurriel said.",
        "\"We need measures worth 1.5 billion euros to finalize the package,\" the official said.",
        "PROVIDENCE, R.I. (AP) \u2014 Author Christopher Lawford has died.",
        "The U.S. military told its allies nothing, the minister's office said in a statement.")) {
      assertThat(SentenceFlags.readsBadly(NAMES, s)).as(s).isFalse();
    }
  }

  @Test
  void textRunTogetherByTranslationReadsBadly() {
    // The sample's machine-translated letter, cut and joined by the translator.
    String joined = "BAGHDAD / DUBAI \u2013 The United States has no plans to withdraw US troops from Iraq,"
        + " Defense Secretary Mark Esper said Monday following reports by Reuters and other media of a"
        + " US military letter briefing Iraqi officials on the resettlement of troops in preparation."
        + " to leave Country.";
    assertThat(SAMPLE.sentences()).anyMatch(s -> s.text().contains("in preparation. to leave Country."));
    assertThat(Fragments.brokenJoin(joined)).isTrue();
    assertThat(SentenceFlags.readsBadly(NAMES, joined)).isTrue();
    for (String s : List.of("He arrived at 6 a.m. on Tuesday and left at 5 p.m. local time.",
        "U.S. officials said the letter was a draft.", "They bought paint, brushes, etc. and went home.",
        "The St. Louis Cardinals won.")) {
      assertThat(Fragments.brokenJoin(s)).as(s).isFalse();
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
  void headlinesBylinesCreditsAndBareQuotationsReadBadly() {
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
      assertThat(SentenceFlags.readsBadly(NAMES, s)).as(s).isTrue();
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
      assertThat(SentenceFlags.readsBadly(NAMES, s)).as(s).isFalse();
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
      assertThat(SentenceFlags.readsBadly(NAMES, s)).as(s).isFalse();
    }
  }

  @Test
  void aSentenceCarriesItsFlagsItsDatelineEndAndItsCaptionDay() {
    List<SentenceFlags> f = SentenceFlags.of(List.of(
        "PROVIDENCE, R.I. (AP) \u2014 Author Christopher Lawford has died at his home in Vancouver on Tuesday.",
        "Photo taken in Santa Rosa, on Monday, July 7, 2014.",
        "Still, the letter was sent.", "Still, he sent it."), NAMES);
    assertThat(f.get(0).datelineEnd()).isEqualTo("PROVIDENCE, R.I. (AP) \u2014 ".length());
    assertThat(f.get(0).readsBadly()).isFalse();
    assertThat(f.get(0).opensLead()).isTrue();
    assertThat(f.get(1).captionDay()).contains(java.time.LocalDate.of(2014, 7, 7));
    assertThat(f.get(1).notInParagraph()).isTrue();
    assertThat(f.get(1).readsBadly()).isFalse();
    // A leading discourse marker is left out of what a summary shows, and the rest is read: it
    // reads well unless it leans on the sentence before in another way too ("he").
    assertThat(f.get(2).datelineEnd()).isEqualTo("Still, ".length());
    assertThat(f.get(2).cutWords()).isEqualTo(1);
    assertThat(f.get(2).readsBadly()).isFalse();
    assertThat(f.get(3).datelineEnd()).isZero();
    assertThat(f.get(3).readsBadly()).isTrue();
    assertThat(SAMPLE.sentences()).allMatch(s -> s.flags() != null);
  }
}
