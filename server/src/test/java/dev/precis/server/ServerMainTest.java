package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerMainTest {
  @Test
  void embeddingsTakesTrueOrFalseAndRefusesAnythingElse() {
    assertThat(ServerMain.parse(new String[] {"--embeddings", "false"}).grouping().embeddings()).isFalse();
    assertThat(ServerMain.parse(new String[] {"--embeddings", "true"}).grouping().embeddings()).isTrue();
    assertThatThrownBy(() -> ServerMain.parse(new String[] {"--embeddings", "flase"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--embeddings: 'flase' is not true or false");
  }

  @Test
  void summarizeSlotsSetsHowManySummarizeRequestsRunAtOnce() {
    assertThat(ServerMain.parse(new String[] {"--summarize-slots", "3"}).summarizeSlots()).isEqualTo(3);
    assertThatThrownBy(() -> ServerMain.parse(new String[] {"--summarize-slots", "0"}))
        .hasMessage("summarize slots: must be at least 1, got 0");
  }

  @Test
  void anUnknownOptionNamesEveryKnownOne() {
    assertThatThrownBy(() -> ServerMain.parse(new String[] {"--prot", "8080"}))
        .hasMessageContaining("unknown option '--prot'").hasMessageContaining("--until-stdin-closes");
  }
}
