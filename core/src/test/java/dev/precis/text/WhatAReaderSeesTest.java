package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.Precis;
import dev.precis.SummaryRequest;
import dev.precis.TestData;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Summary;
import dev.precis.model.SummarySentence;
import dev.precis.represent.ClusterText;
import dev.precis.represent.Sentence;
import dev.precis.summarize.Budget;
import dev.precis.text.reading.Antecedent;
import dev.precis.text.reading.Quotations;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page text that reached summaries in an independent check on held-out news (kinds, not pages):
 * media labels and navigation lists, newswire's LDC-style quotation marks, a name's last word read
 * as a title, AP datelines with an underscore, and a short summary's event named only as "the
 * murder". Sentences are from the Multi-News dev sample, read at test time, and from that check.
 */
class WhatAReaderSeesTest {
  private final DebrisRemover remover = new DebrisRemover();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private static Cluster devCluster(String suffix) {
    return TestData.multiNews(181).stream().filter(c -> c.id().endsWith(suffix)).findFirst().orElseThrow();
  }

  private List<DebrisRemover.Cleaned> clean(Cluster c) {
    return remover.clean(c.articles().stream().map(Article::title).toList(),
        c.articles().stream().map(Article::text).toList());
  }

  @Test
  void mediaLabelsAndTheirCaptionsAreNotProse() {
    // Cluster 135 (a BBC page): "Image copyright PA Image caption In London, a flotilla ...".
    Cluster queen = devCluster("-135");
    assertThat(queen.articles().get(0).text()).contains("Image copyright PA Image caption In London, a flotilla");
    String cleaned = clean(queen).get(0).text();
    assertThat(cleaned).doesNotContain("Image caption").doesNotContain("Image copyright")
        .doesNotContain("Media caption").contains("Queen");
    assertThat(clean(queen).get(0).removed()).extracting(DebrisRemover.Removal::reason).contains("photo caption");
    // Run into a prose paragraph, the labels make its sentence debris.
    assertThat(DebrisRemover.isDebrisSentence("Image copyright AFP Image caption Lauri Love attended the appeal"
        + " hearing with his girlfriend Sylvia Mann.")).isTrue();
    assertThat(DebrisRemover.isDebrisSentence("The image caption was wrong, the paper said.")).isFalse();
  }

  @Test
  void aNavigationListRunIntoASentenceIsDebris() {
    // A site's section list before the first sentence of a dev article.
    String first = splitter.split(clean(devCluster("-012")).get(0).text()).get(0).of(clean(devCluster("-012")).get(0).text());
    assertThat(DebrisRemover.isDebrisSentence(first)).isFalse();
    assertThat(DebrisRemover.isDebrisSentence("Senate | House | Administration | Politics " + first)).isTrue();
    // A bar between two words of prose is no list.
    assertThat(DebrisRemover.isDebrisSentence("The vote was 52 | 48, the clerk said.")).isFalse();
  }

  @Test
  void ldcQuotationMarksAreReadAsQuotes() {
    // Dev sentences written as LDC and DUC write newswire: `` to open a quotation, '' to close it.
    List<String> quoted = TestData.multiNews(40).stream().flatMap(c -> c.articles().stream())
        .flatMap(a -> a.text().lines()).map(String::strip)
        .filter(l -> l.startsWith("\u201C") && l.indexOf('\u201D') > 10 && l.length() < 300).limit(5).toList();
    assertThat(quoted).hasSize(5);
    for (String line : quoted) {
      String ldc = line.replace("\u201C", "``").replace("\u201D", "''");
      String cleaned = remover.clean(List.of(""), List.of(ldc + "\n\nIt was 12 words long, and it ended like a sentence does."))
          .get(0).text();
      assertThat(cleaned).as(ldc).startsWith(line);
      assertThat(Quotations.openingQuotation(cleaned)).isNotEmpty();
    }
    // A half quotation is unbalanced, as with curly marks: a summary does not open on one.
    String half = remover.clean(List.of(""), List.of("``We will not back down, the minister told the crowd on Monday in the capital."))
        .get(0).text();
    assertThat(Quotations.unbalancedQuotes(half)).isTrue();
    // Without an opening ``, two apostrophes are left as they are.
    assertThat(DebrisRemover.paragraphsOf("The 12'' pipe burst on Monday.")).containsExactly("The 12'' pipe burst on Monday.");
  }

  @Test
  void aNamesLastWordBeforeAnOpenerEndsTheSentence() {
    // From the independent check (Cambodia's prime minister), and dev articles (clusters 068, 188,
    // 209) where a state's or a city's abbreviation ended a sentence.
    assertThat(split("The opposition leader met Prime Minister Hun Sen. In a statement, the party said talks would go on."))
        .containsExactly("The opposition leader met Prime Minister Hun Sen.", "In a statement, the party said talks would go on.");
    for (String suffix : List.of("-068", "-188", "-209")) {
      Cluster c = devCluster(suffix);
      List<String> sentences = clean(c).stream().flatMap(t -> split(t.text()).stream()).toList();
      assertThat(sentences).as(suffix).anyMatch(s -> s.equals("I never abandoned my family.")
          || s.equals("An autopsy was not performed.") || s.equals("Their son was a surprise all around."));
    }
    // A title before a name stays joined, a surname that is also an opener too.
    assertThat(split("Sen. Lindsey Graham spoke. Dr. He Jiankui said the twins were healthy."))
        .containsExactly("Sen. Lindsey Graham spoke.", "Dr. He Jiankui said the twins were healthy.");
    assertThat(split("It was Brown vs. The Board of Education. Nobody argued."))
        .containsExactly("It was Brown vs. The Board of Education.", "Nobody argued.");
  }

  private List<String> split(String text) {
    return splitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void apDatelinesWithAnUnderscoreAreCut() {
    // The independent check's AP stories; AP's underscore dash inside a dev sentence stays.
    for (String dateline : List.of("BEIJING (AP) _ ", "NEW YORK _ ")) {
      String sentence = dateline + "In 1970, workers at the plant went on strike.";
      assertThat(Dateline.length(sentence)).as(dateline).isEqualTo(dateline.length());
    }
    String dash = TestData.multiNews(181).stream().flatMap(c -> c.articles().stream())
        .flatMap(a -> a.text().lines()).filter(l -> l.contains("cities _ and people")).findFirst().orElseThrow().strip();
    assertThat(Dateline.length(dash)).isZero();
    assertThat(Dateline.length("FBI _ the agency said so.")).isZero();
  }

  @Test
  void anEventNamedOnlyAsTheMurderIsReferredBackTo() {
    // From the independent check: the last sentence of a 40-word summary.
    assertThat(Antecedent.unnamedEvent("Tehran has promised revenge for the murder.")).isEqualTo("murder");
    // Dev sentences: one that refers back, one that names its event, one whose verb names it first.
    assertThat(Antecedent.unnamedEvent("The terminal was closed immediately after the shooting.")).isEqualTo("shoot");
    assertThat(Antecedent.unnamedEvent("Israeli media reported that the Palestinian militant group Popular Resistance"
        + " Committees claimed responsibility for the shooting.")).isEqualTo("shoot");
    assertThat(Antecedent.unnamedEvent("The Israeli defense minister condemned the shooting of a worker near the fence.")).isEmpty();
    assertThat(Antecedent.unnamedEvent("A gunman was shooting at officers in the terminal, and the shooting closed it.")).isEmpty();
    assertThat(Antecedent.unnamedEvent("Officials said 11 people were injured on Monday.")).isEmpty();
    assertThat(Antecedent.named("shoot", "A gunman opened fire, shooting an officer.")).isTrue();
    assertThat(Antecedent.named("murder", "Iran's top general was killed in a drone strike.")).isFalse();
  }

  @Test
  void aShortSummaryTakesAReferenceBackOnlyAfterWhatItRefersTo() {
    Precis precis = new Precis();
    // Dev clusters whose 40-word summaries ended on such a sentence before the rule: cluster 022's
    // centroid summary on "... according to government documents and people familiar with the decision."
    List<Cluster> clusters = TestData.multiNews(181).stream()
        .filter(c -> List.of("-022", "-095", "-132").stream().anyMatch(c.id()::endsWith)).toList();
    assertThat(clusters).hasSize(3);
    int referring = 0;
    for (Cluster c : clusters) {
      ClusterText text = precis.prepare(c);
      referring += (int) text.sentences().stream().filter(s -> !s.flags().unnamedEvent().isEmpty()).count();
      for (String method : List.of("lead", "centroid", "learned")) {
        Summary s = precis.summarize(text, dev.precis.summarize.Summarizer.named(method),
            SummaryRequest.defaults().withBudget(Budget.words(40)).selection());
        assertThat(s.sentences()).isNotEmpty();
        StringBuilder before = new StringBuilder();
        for (SummarySentence x : s.sentences()) {
          Sentence own = text.sentences().stream().filter(t -> t.text().endsWith(x.text())).findFirst().orElseThrow();
          assertThat(Antecedent.named(own.flags().unnamedEvent(), before.toString())).as(c.id() + " " + method + ": " + x.text()).isTrue();
          before.append(x.text()).append(' ');
        }
        assertThat(s.sentences()).extracting(SummarySentence::text).noneMatch(x -> x.endsWith("people familiar with the decision."));
      }
    }
    assertThat(referring).isPositive();
  }

  @Test
  void aLeadingDiscourseMarkerIsLeftOutAndTheCitationShrunk() {
    // Dev sentences that open on a marker tying them to the sentence before.
    List<String> marked = TestData.multiNews(181).stream().flatMap(c -> c.articles().stream())
        .flatMap(a -> splitter.split(a.text()).stream().map(s -> s.of(a.text())))
        .filter(s -> s.startsWith("For example, ") || s.startsWith("In fact, ")).limit(4).toList();
    assertThat(marked).isNotEmpty();
    for (String s : marked) {
      int cut = dev.precis.text.reading.DiscourseMarker.length(s);
      assertThat(cut).as(s).isPositive();
      String shown = dev.precis.text.reading.DiscourseMarker.shown(s, cut);
      assertThat(Character.isUpperCase(shown.charAt(0))).isTrue();
      assertThat(shown.substring(1)).isEqualTo(s.substring(cut + 1));
    }
    assertThat(dev.precis.text.reading.DiscourseMarker.length("In 2019, the plant closed for good.")).isZero();
    assertThat(dev.precis.text.reading.DiscourseMarker.length("Meanwhile, he left.")).isZero();
    // In a summary (cluster 126, lead at 300 words): shown without the marker, opening in a
    // capital, and cited at what is shown.
    Precis precis = new Precis();
    Cluster c = devCluster("-126");
    Summary summary = precis.summarize(precis.prepare(c), dev.precis.summarize.Summarizer.named("lead"),
        SummaryRequest.defaults().withBudget(Budget.words(300)).selection());
    SummarySentence lawyers = summary.sentences().stream()
        .filter(x -> x.text().startsWith("Lawyers representing people covered by the order")).findFirst().orElseThrow();
    var own = lawyers.citations().get(0);
    String article = summary.sources().get(own.article() - 1).cleanText();
    assertThat(article.substring(own.start(), own.end())).isEqualTo("l" + lawyers.text().substring(1));
    assertThat(article.substring(0, own.start())).endsWith(", ");
  }
}
