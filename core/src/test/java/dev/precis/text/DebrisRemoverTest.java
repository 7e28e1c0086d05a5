package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.TestData;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {
  final DebrisRemover remover = new DebrisRemover();
  final Cluster sample = TestData.sample();

  List<DebrisRemover.Cleaned> cleanSample() {
    return remover.clean(sample.articles().stream().map(Article::title).toList(),
        sample.articles().stream().map(Article::text).toList());
  }

  @Test
  void theSamplesPageDebrisIsRemoved() {
    String all = String.join("\n", cleanSample().stream().map(DebrisRemover.Cleaned::text).toList());
    assertThat(all).doesNotContainIgnoringCase("advertisement")
        .doesNotContain("Leave a Reply")
        .doesNotContain("Article Credit")
        .doesNotContain("Special thanks")
        .doesNotContain("date 2020-01-06")
        .doesNotContain("Naif Rahma")
        .doesNotContain("A Houthis supporter has a poster")
        .doesNotContain("Photo: Reuters")
        .doesNotContain("blank - The US Secretary")
        .doesNotContain("at all 1");
  }

  @Test
  void reportingIsKept() {
    List<DebrisRemover.Cleaned> cleaned = cleanSample();
    assertThat(cleaned.get(2).text()).startsWith("BAGHDAD / DUBAI – The United States has no plans")
        .contains("“There is no decision to leave Iraq,” Esper told Pentagon reporters");
    assertThat(cleaned.get(3).text()).contains("It was not immediately clear whether all 5,000 US troops in Iraq would leave the country.");
    assertThat(cleaned.get(4).text()).startsWith("The earlier published letter");
  }

  @Test
  void eachRemovalSaysWhy() {
    assertThat(cleanSample().get(1).removed()).extracting(DebrisRemover.Removal::text, DebrisRemover.Removal::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple("blank - The US Secretary of Defense denies the news of the withdrawal from Iraq", "repeats the headline"),
            org.assertj.core.groups.Tuple.tuple("Leave a Reply", "web prompt"));
  }

  @Test
  void aSpaceLeftBeforePunctuationByALiftedLinkGoes() {
    List<String> texts = List.of(
        "Some have called the moment a tipping point ; others have called it a reckoning .",
        "On one side stood Hitler, fascism , the myth of German superiority.",
        "\u201CIf they can find it in their hearts to forgive me . . .\u201D he said. It was 10 a.m. in the U.S. Nothing changed.");
    List<DebrisRemover.Cleaned> cleaned = remover.clean(List.of("", "", ""), texts);
    assertThat(cleaned.get(0).text()).isEqualTo("Some have called the moment a tipping point; others have called it a reckoning.");
    assertThat(cleaned.get(1).text()).isEqualTo("On one side stood Hitler, fascism, the myth of German superiority.");
    assertThat(cleaned.get(2).text()).isEqualTo(texts.get(2));
  }

  @Test
  void punctuationReadAsLatin1ControlCharactersIsPutBack() {
    // Multi-News cluster 007: a Windows-1252 dash read as U+0097.
    List<DebrisRemover.Cleaned> cleaned = remover.clean(List.of(""),
        List.of("\u0097 UPDATE: 905 a.m. - OPD reports on April 18 that the teen was found. It\u0092s over."));
    assertThat(cleaned.get(0).text()).isEqualTo("\u2014 UPDATE: 905 a.m. - OPD reports on April 18 that the teen was found. It\u2019s over.");
    assertThat(DebrisRemover.windows1252("Caf\u00e9 \u2014 na\u00efve")).isEqualTo("Caf\u00e9 \u2014 na\u00efve");
  }

  @Test
  void siteFurnitureOfMultiNewsPagesIsRemoved() {
    Cluster first = TestData.multiNews(1).get(0);
    List<DebrisRemover.Cleaned> cleaned = remover.clean(first.articles().stream().map(Article::title).toList(),
        first.articles().stream().map(Article::text).toList());
    assertThat(first.articles().get(0).text()).startsWith("Tweet with a location");
    assertThat(cleaned.get(0).text()).isEmpty();
    assertThat(cleaned.get(1).text()).startsWith("X marks the spot where Denis Finley");
  }

  @Test
  void debrisSentencesInsideProseParagraphsAreKnown() {
    // Sentences of Multi-News pages whose paragraphs ran together (clusters 006, 036).
    for (String s : List.of("Click here to get those and more in the PEOPLE Babies newsletter.",
        "RELATED GALLERY: Everything Mom-to-Be Eva Longoria Has Said About Parenthood",
        "Related: Tonight Show Cuts Latest In Wave Of NBC Layoffs & Cost Trims Imposed By Comcast",
        "Add this video to your website by copying the code below.",
        // A note about the page (cluster 029), not about the event.
        "Correction: Earlier versions of this article misspelled the name of reality-TV personality Tareq Salahi.",
        "Editor's note: This story has been updated with the company's response.",
        "This article has been updated to include a statement from the police.",
        "Read or Share this story: https://www.usatoday.com/story/travel/news/2018/10/28/travelers-found-hidden-camera-their-carnival-cruise-bedroom/1800150002/",
        // Contributor lines and a link's prompt (clusters 049, 246, 069), which default summaries took.
        "Rachel E. Stassen-Berger contributed to this report.",
        "ABC News' Benjamin Stein contributed to this report.",
        "Find more details about cabin availability and prices here.",
        // A blog network's disclaimers (cluster 148).
        "The opinions expressed are those of the writer.",
        "The author is a Forbes contributor.",
        "Note: The articles of impeachment were passed only by the Committee on the Judiciary.",
        // Video players' labels run into their captions (clusters 085, 179, 058), which 300-word
        // summaries took.
        "JUST WATCHED Sandusky victim: 'I do not forgive you' Replay More Videos ... MUST WATCH Sandusky victim: 'I do not forgive you' 03:55",
        "JUST WATCHED Was Sandusky's sentence harsh enough?",
        "SHARE COPY LINK Three members of a family describe the duck boat tragedy as seen from the Showboat Branson Belle on Thursday.",
        "UPDATES Who Will Be Captain America?")) {
      assertThat(DebrisRemover.isDebrisSentence(s)).as(s).isTrue();
    }
    for (String s : List.of(
        "Eva Longoria and her husband Jose Baston are expecting their first child together.",
        "The related charges were filed in federal court on Monday.",
        "Readers who subscribe to the newsletter were surprised.",
        "The bill would extend copyright protection to 95 years.",
        "Tap water in Flint was contaminated with lead for 18 months.",
        "Clicks on the ads fell by half after the redesign, the company said.",
        "Corrections officers said the inmate escaped on Sunday.",
        "This story was updated by hundreds of readers on Wikipedia, the researchers found.",
        "Three reporters contributed to the investigation that won the prize.",
        "The results from every district were posted here, the county clerk said.",
        "Police found the missing hiker here, near the trailhead, on Tuesday.",
        "The opinions of the judges differed on the sentence.",
        "Notes found in the car led police to the suspect.",
        "Just watched by millions, the final drew the league's largest audience.",
        "UPDATED figures from the county showed 12 more cases.")) {
      assertThat(DebrisRemover.isDebrisSentence(s)).as(s).isFalse();
    }
  }

  @Test
  void wireCaptionsAreRemoved() {
    var c = remover.clean(List.of("A headline for the test"), List.of(
        "FILE - In this Oct. 27, 2012 file photo, Christopher Kennedy Lawford appears at an event in Los Angeles.\n"
            + "Lawford, a nephew of President John F. Kennedy, died on Tuesday at the age of 63, his family said."));
    assertThat(c.get(0).text()).startsWith("Lawford, a nephew");
  }

  @Test
  void debrisHeadlinesAreDropped() {
    assertThat(remover.cleanTitle(" date 2020-01-06 advertisement")).isEmpty();
    assertThat(remover.cleanTitle("The US military not withdrawing from Iraq at all 1"))
        .isEqualTo("The US military not withdrawing from Iraq at all");
  }

  @Test
  void aParagraphEndsLikeASentenceExactlyWhereThePatternSaysSo() {
    java.util.regex.Pattern end = java.util.regex.Pattern.compile("[.!?][\"'”’)\\]]*$|[\"”]$");
    List<String> odd = List.of("He said \"no.\"", "(Reuters)", "Done.)\n", "Why?”\r\n", "a [b.]",
        "x.", "no end", "\"", "", "?’ ");
    for (String p : odd) {
      assertThat(DebrisRemover.endsLikeSentence(p)).as(p).isEqualTo(end.matcher(p).find());
    }
    for (Cluster c : TestData.multiNews(40)) {
      for (Article a : c.articles()) {
        for (String p : DebrisRemover.paragraphsOf(a.text())) {
          assertThat(DebrisRemover.endsLikeSentence(p)).as(p).isEqualTo(end.matcher(p).find());
        }
      }
    }
  }
}
