package dev.precis.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchmarkPagesTest {
  @Test
  void aPageBelongsToItsUrlsHostWithoutWww() {
    assertThat(BenchmarkPages.group("x", "https://www.wsj.com/articles/a-1", "")).isEqualTo("wsj.com");
  }

  @Test
  void withoutItsOwnUrlAPageBelongsToItsCanonicalLinksHost() {
    assertThat(BenchmarkPages.group("nytimes-2", "", "https://www.nytimes.com/2016/07/30/b.html"))
        .isEqualTo("nytimes.com");
  }

  @Test
  void withNoUrlAtAllNumberedPagesOfOneNameAreOneSite() {
    assertThat(BenchmarkPages.group("wapo-1", "", "")).isEqualTo(BenchmarkPages.group("wapo-2", "", ""));
    assertThat(BenchmarkPages.group("wapo-1", "", "not a url")).isEqualTo("id:wapo");
  }
}
