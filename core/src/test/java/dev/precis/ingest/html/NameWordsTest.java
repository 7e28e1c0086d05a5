package dev.precis.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameWordsTest {
  private final NameWords words = new NameWords("share", "ad", "more-stories", "sr-only");

  @Test
  void aWordCountsOnlyBetweenSeparatorsOrTheEnds() {
    assertThat(words.in("post-share bar")).isTrue();
    assertThat(words.in("ad")).isTrue();
    assertThat(words.in("top_ad slot")).isTrue();
    assertThat(words.in("shared")).isFalse();
    assertThat(words.in("header lead")).isFalse();
  }

  @Test
  void aWordWithAHyphenIsMatchedWhole() {
    assertThat(words.in("box more-stories")).isTrue();
    assertThat(words.in("more stories")).isFalse();
  }

  @Test
  void agreesWithTheRegularExpressionItReplaces() {
    Pattern regex = Pattern.compile("(^|[-_ ])(share|ad|more-stories|sr-only)([-_ ]|$)");
    String alphabet = "adsharemoretiesrnly-_ x";
    Random random = new Random(17);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(16); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String name = b.toString();
      assertThat(words.in(name)).as(name).isEqualTo(regex.matcher(name).find());
    }
  }
}
