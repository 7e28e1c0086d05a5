package dev.precis.represent.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class NearDuplicateGrouperTest {
  private static final String WIRE = "WASHINGTON (AP) - The Senate voted on Tuesday to approve a"
      + " stopgap spending bill that keeps the government open through December 20, averting a"
      + " shutdown at the end of the week. The measure passed 74 to 20 and now goes to the"
      + " president, who is expected to sign it. Lawmakers of both parties said they hoped to use"
      + " the extra weeks to finish the annual spending bills, which have been held up by a dispute"
      + " over money for the border wall.";
  private static final String OTHER = "Chelsea have paid the fee to the Spanish league to secure"
      + " the world record signing of Athletic Bilbao keeper Kepa Arrizabalaga, freeing the move of"
      + " Thibaut Courtois to Real Madrid. The goalkeeper will undergo a medical at Stamford Bridge"
      + " on Wednesday before signing a seven-year contract with the club.";
  private final NearDuplicateGrouper grouper = new NearDuplicateGrouper();

  private static Article a(String id, String text) {
    return new Article(id, "", text);
  }

  @Test
  void syndicatedCopiesWithSmallEditsFormOneGroup() {
    List<Article> articles = List.of(
        a("ap", WIRE),
        a("other", OTHER),
        a("local", "Posted 5:02 PM. " + WIRE.replace("(AP) -", "\u2014") + " Copyright 2019 The Associated Press."),
        a("repost", WIRE.replace("Tuesday", "Tuesday afternoon")),
        a("empty", ""));
    assertThat(grouper.group(articles)).containsExactly(List.of(0, 2, 3), List.of(1), List.of(4));
  }

  @Test
  void differentStoriesStayApart() {
    assertThat(grouper.similarity(WIRE, OTHER)).isLessThan(0.1);
    assertThat(grouper.group(List.of(a("a", WIRE), a("b", OTHER))))
        .containsExactly(List.of(0), List.of(1));
  }

  @RepeatedTest(5)
  void everyIndexIsInExactlyOneGroup(RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition());
    String[] words = WIRE.split(" ");
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(80);
      for (int k = 0; k < n; k++) b.append(words[random.nextInt(words.length)]).append(' ');
      articles.add(a("r" + i, b.toString()));
    }
    List<Integer> seen = new ArrayList<>();
    grouper.group(articles).forEach(seen::addAll);
    assertThat(seen).hasSize(200).doesNotHaveDuplicates();
  }

  @Test
  void aFewArticlesAreGroupedAsTheBandsGroupThem() {
    NearDuplicateGrouper grouper = new NearDuplicateGrouper();
    for (dev.precis.model.Cluster c : dev.precis.TestData.multiNews(40)) {
      List<Article> articles = new ArrayList<>(c.articles());
      // A syndicated copy of the first article, its last paragraph cut: a near duplicate.
      String text = articles.get(0).text();
      int cut = text.lastIndexOf("\n");
      articles.add(new Article("copy", "", cut > text.length() / 2 ? text.substring(0, cut) : text));
      assertThat(grouper.group(articles, true)).as(c.id()).isEqualTo(grouper.group(articles, false));
    }
  }
}
