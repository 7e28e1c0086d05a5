package dev.precis.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcInputsTest {
  @TempDir Path tmp;
  private final Configuration hadoop = new Configuration();

  @Test
  void aListingsRelativePathsGoAfterThePrefixAsCcPysparkPutsThem() throws IOException {
    Path listing = tmp.resolve("warc.paths.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(listing))) {
      out.write(("crawl-data/CC-NEWS/2019/11/CC-NEWS-20191120001000-00001.warc.gz\n\n"
          + "# a comment\ns3a://other/CC-NEWS-2.warc.gz\n").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(new WarcInputs(hadoop, "s3a://commoncrawl/").resolve(List.of(listing.toString())))
        .containsExactly("s3a://commoncrawl/crawl-data/CC-NEWS/2019/11/CC-NEWS-20191120001000-00001.warc.gz",
            "s3a://other/CC-NEWS-2.warc.gz");
  }

  @Test
  void aGlobAndAFolderGiveTheirWarcFilesSortedEachOnce() throws IOException {
    Files.createDirectories(tmp.resolve("d/sub"));
    for (String f : List.of("d/b.warc.gz", "d/a.warc", "d/notes.txt", "d/sub/c.warc.gz")) {
      Files.writeString(tmp.resolve(f), "x");
    }
    WarcInputs inputs = new WarcInputs(hadoop, "");
    List<String> files = inputs.resolve(List.of(tmp.resolve("d/*.warc*").toString(), tmp.resolve("d").toString()));
    assertThat(files).extracting(f -> f.substring(f.indexOf("/d/") + 3))
        .containsExactly("a.warc", "b.warc.gz", "sub/c.warc.gz");
  }

  @Test
  void aListingLineThatIsNotAWarcPathIsRefusedWithItsLine() throws IOException {
    Path listing = tmp.resolve("paths.txt");
    Files.writeString(listing, "a.warc.gz\nindex.html\n");
    assertThatThrownBy(() -> new WarcInputs(hadoop, "").resolve(List.of(listing.toString())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--input '" + listing + "' line 2: 'index.html' is not a .warc or .warc.gz"
            + " path; a listing holds one WARC path a line (give WARC files, folders or globs directly)");
  }
}
