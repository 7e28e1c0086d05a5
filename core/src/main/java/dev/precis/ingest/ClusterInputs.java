package dev.precis.ingest;

import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The clusters named by command-line paths, in order, read lazily; what a path holds is told by
 * {@link InputFormat}'s one rule:
 * <ul>
 *   <li>JSON lines ({@code .jsonl}, {@code .ndjson}, gzipped or not, {@code -} for standard input,
 *       a pipe, or a file whose content is JSON lines) give each of their clusters;</li>
 *   <li>a folder gives one cluster, of the article files in it (by name order), named after it;</li>
 *   <li>article files given directly together give one cluster, named after the first.</li>
 * </ul>
 * Missing paths, empty folders and unreadable files are reported and skipped.
 */
public final class ClusterInputs implements Iterator<Cluster>, AutoCloseable {
  private final Deque<Path> pending;
  private final List<Path> looseFiles = new ArrayList<>();
  private final Consumer<Problem> problems;
  private final ArticleFileReader articles;
  private final InputStream stdin;
  private final ReadLimits limits;
  private final boolean many;
  private JsonlClusterReader jsonl;
  private Cluster next;

  private ClusterInputs(List<Path> paths, Consumer<Problem> problems, InputStream stdin,
      ReadLimits limits) {
    this.pending = new ArrayDeque<>();
    int streams = 0;
    for (Path p : paths) {
      InputFormat f = InputFormat.of(p);
      if (f == InputFormat.ARTICLE || f == InputFormat.OTHER && Files.isRegularFile(p)) {
        looseFiles.add(p);
      } else {
        pending.add(p);
        if (f == InputFormat.JSON_LINES) streams++;
      }
    }
    this.many = streams > 0 || pending.size() + (looseFiles.isEmpty() ? 0 : 1) > 1;
    this.problems = problems;
    this.stdin = stdin;
    this.limits = limits;
    this.articles = new ArticleFileReader(limits);
  }

  /** The clusters of {@code paths}, {@code -} being standard input. */
  public static ClusterInputs open(List<Path> paths, Consumer<Problem> problems) {
    return open(paths, problems, System.in, ReadLimits.DEFAULT);
  }

  /** The clusters of {@code paths}, {@code -} being {@code stdin}, read within {@code limits}. */
  public static ClusterInputs open(List<Path> paths, Consumer<Problem> problems, InputStream stdin,
      ReadLimits limits) {
    if (paths.isEmpty()) throw new IllegalArgumentException("no input path given");
    if (paths.stream().filter(p -> p.toString().equals(InputFormat.STDIN)).count() > 1) {
      throw new IllegalArgumentException("'-' (standard input) is given more than once");
    }
    return new ClusterInputs(paths, problems, stdin, limits);
  }

  /**
   * Whether these paths may give more than one cluster (JSON lines, or several folders), so that
   * output for people heads each summary with its cluster's id.
   */
  public boolean mayGiveMany() {
    return many;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      if (jsonl != null) {
        if (jsonl.hasNext()) {
          next = jsonl.next();
          break;
        }
        jsonl.close();
        jsonl = null;
      }
      if (!looseFiles.isEmpty()) {
        List<Path> files = new ArrayList<>(looseFiles);
        looseFiles.clear();
        next = readFolderLike(TextFileReader.idOf(files.get(0)), files, files.get(0).toString());
        continue;
      }
      Path p = pending.poll();
      if (p == null) return false;
      openPath(p);
    }
    return true;
  }

  private void openPath(Path p) {
    if (p.toString().equals(InputFormat.STDIN)) {
      jsonl = JsonlClusterReader.of("standard input", stdin, problems);
      return;
    }
    if (!Files.exists(p)) {
      problems.accept(new Problem(p.toString(), "no such file or folder"));
    } else if (Files.isDirectory(p)) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> list = Files.list(p)) {
        list.sorted().forEach(f -> {
          if (Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")) files.add(f);
        });
      } catch (IOException e) {
        problems.accept(new Problem(p.toString(), "cannot list folder: " + IoReasons.of(e) + "; skipped"));
        return;
      }
      if (files.isEmpty()) {
        problems.accept(new Problem(p.toString(), "folder has no files; skipped"));
        return;
      }
      Path name = p.toAbsolutePath().normalize().getFileName();
      next = readFolderLike(name == null ? "cluster" : name.toString(), files, p.toString());
    } else {
      try {
        jsonl = JsonlClusterReader.open(p, problems, limits.maxLineChars());
      } catch (IOException e) {
        problems.accept(new Problem(p.toString(), "cannot read: " + IoReasons.of(e) + "; skipped"));
      }
    }
  }

  private Cluster readFolderLike(String id, List<Path> files, String place) {
    List<Article> out = new ArrayList<>();
    for (Path f : files) articles.read(f, out::add, problems);
    if (out.isEmpty()) {
      problems.accept(new Problem(place, "no readable article; skipped"));
      return null;
    }
    return new Cluster(id, out);
  }

  @Override
  public Cluster next() {
    if (!hasNext()) throw new NoSuchElementException();
    Cluster c = next;
    next = null;
    return c;
  }

  @Override
  public void close() {
    if (jsonl != null) jsonl.close();
  }
}
