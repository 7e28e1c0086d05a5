package dev.precis.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The WARC files a job reads, from what {@code --input} names: a WARC file ({@code .warc},
 * {@code .warc.gz}), a folder of them (read recursively), a glob ({@code data/*.warc.gz},
 * {@code s3a://bucket/CC-NEWS/2019/11/*.warc.gz}), or a listing of paths one a line (Common
 * Crawl's {@code warc.paths.gz}, gzipped or not; blank lines and {@code #} comments skipped), each
 * of whose relative paths is put after the base URL prefix ({@code s3a://commoncrawl/}), as
 * cc-pyspark's {@code --input_base_url} does. Any path Hadoop's file systems open works: local,
 * {@code file://}, {@code hdfs://}, {@code s3a://}.
 *
 * <p>Globs, folders and WARC files are resolved on the driver; a name that matches nothing is the
 * caller's mistake and throws, naming it. A listing's entries are opened by the executors; one
 * that cannot be opened is a reported problem of that entry and the rest goes on.
 */
final class WarcInputs {
  private final Configuration hadoop;
  private final String prefix;

  /** @param prefix put before each relative path of a listing, or "" */
  WarcInputs(Configuration hadoop, String prefix) {
    this.hadoop = hadoop;
    this.prefix = prefix;
  }

  static boolean isWarc(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  /**
   * The files {@code inputs} name, each once, in the order given (a glob's or folder's sorted).
   *
   * @throws IllegalArgumentException naming an input that matches no file
   * @throws UncheckedIOException if a file system cannot be listed
   */
  List<String> resolve(List<String> inputs) {
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      try {
        files.addAll(resolve(input));
      } catch (IOException e) {
        throw new UncheckedIOException("--input '" + input + "': cannot list it: " + e.getMessage(), e);
      }
    }
    return List.copyOf(new java.util.LinkedHashSet<>(files));
  }

  private List<String> resolve(String input) throws IOException {
    Path path = new Path(input);
    FileSystem fs = path.getFileSystem(hadoop);
    if (input.matches(".*[*?\\[{].*")) {
      FileStatus[] matches = fs.globStatus(path);
      TreeSet<String> found = new TreeSet<>();
      if (matches != null) {
        for (FileStatus s : matches) {
          if (s.isFile() && isWarc(s.getPath().getName())) found.add(s.getPath().toString());
          else if (s.isDirectory()) found.addAll(folder(fs, s.getPath()));
        }
      }
      if (found.isEmpty()) {
        throw new IllegalArgumentException("--input '" + input
            + "': the pattern matches no .warc or .warc.gz file; check the path and the pattern");
      }
      return List.copyOf(found);
    }
    if (!fs.exists(path)) {
      throw new IllegalArgumentException("--input '" + input
          + "': no such file or folder; give a WARC file, a folder, a glob or a listing of paths");
    }
    if (fs.getFileStatus(path).isDirectory()) {
      List<String> found = folder(fs, path);
      if (found.isEmpty()) {
        throw new IllegalArgumentException("--input '" + input + "': the folder has no .warc or "
            + ".warc.gz file");
      }
      return found;
    }
    if (isWarc(path.getName())) return List.of(fs.getFileStatus(path).getPath().toString());
    return listing(fs, path);
  }

  private static List<String> folder(FileSystem fs, Path dir) throws IOException {
    TreeSet<String> found = new TreeSet<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      LocatedFileStatus s = it.next();
      if (isWarc(s.getPath().getName())) found.add(s.getPath().toString());
    }
    return List.copyOf(found);
  }

  private List<String> listing(FileSystem fs, Path file) throws IOException {
    List<String> out = new ArrayList<>();
    InputStream raw = fs.open(file);
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        file.getName().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line; (line = lines.readLine()) != null; ) {
        number++;
        String entry = line.strip();
        if (entry.isEmpty() || entry.startsWith("#")) continue;
        if (!isWarc(entry)) {
          throw new IllegalArgumentException("--input '" + file + "' line " + number + ": '"
              + abbreviate(entry) + "' is not a .warc or .warc.gz path; a listing holds one WARC"
              + " path a line (give WARC files, folders or globs directly)");
        }
        out.add(withPrefix(entry));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("--input '" + file + "': the listing names no WARC file");
    }
    return out;
  }

  private String withPrefix(String entry) {
    if (prefix.isEmpty() || URI.create(entry.replace(" ", "%20")).getScheme() != null
        || entry.startsWith("/")) {
      return entry;
    }
    return prefix.endsWith("/") ? prefix + entry : prefix + "/" + entry;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
