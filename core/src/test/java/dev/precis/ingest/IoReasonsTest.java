package dev.precis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class IoReasonsTest {
  @Test
  void reasonsAreWordsWithoutThePath() {
    assertThat(IoReasons.of(new AccessDeniedException("/data/a.txt"))).isEqualTo("permission denied");
    assertThat(IoReasons.of(new NoSuchFileException("/data/a.txt"))).isEqualTo("no such file or folder");
    assertThat(IoReasons.of(new FileSystemException("/data/a.txt", null, "No space left on device")))
        .isEqualTo("no space left on device");
    // FileInputStream's form: "PATH (Reason)".
    assertThat(IoReasons.of(new FileNotFoundException("/data/a.txt (Permission denied)")))
        .isEqualTo("permission denied");
    assertThat(IoReasons.of(new IOException("Broken pipe"))).isEqualTo("broken pipe");
  }
}
