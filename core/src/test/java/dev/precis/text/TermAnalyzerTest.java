package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.TestData;
import dev.precis.model.Article;
import dev.precis.model.Cluster;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class TermAnalyzerTest {
  @Test
  void givesEnglishAnalyzersTermsWithItsStemsRemembered() throws IOException {
    TermAnalyzer analyzer = new TermAnalyzer();
    List<String> texts = new ArrayList<>();
    List<Cluster> clusters = new ArrayList<>(TestData.multiNews(3));
    clusters.add(TestData.sample());
    for (Cluster c : clusters) {
      for (Article a : c.articles()) {
        texts.add(a.title());
        texts.add(a.text());
      }
    }
    try (Analyzer english = new EnglishAnalyzer()) {
      // Twice: the second pass takes every stem from what the first remembered.
      for (int pass = 0; pass < 2; pass++) {
        for (String t : texts) {
          List<String> expected = terms(english, t);
          assertThat(analyzer.terms(t)).isEqualTo(expected);
          TermDictionary d = new TermDictionary();
          List<String> interned = new ArrayList<>();
          for (int id : analyzer.termIds(t, d)) interned.add(d.term(id));
          assertThat(interned).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void stemsAWordOnceAndGivesItsStemEveryTime() {
    TermAnalyzer analyzer = new TermAnalyzer();
    assertThat(analyzer.terms("Iraq's troops, iraqs and Iraq")).containsExactly("iraq", "troop", "iraq", "iraq");
    assertThat(analyzer.terms("the troops running; troops ran")).containsExactly("troop", "run", "troop", "ran");
  }

  private static List<String> terms(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }
}
