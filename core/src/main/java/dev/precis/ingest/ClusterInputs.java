package dev.precis.ingest;

import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The clusters named by command-line paths, in order, read lazily:
 * <ul>
 *   <li>a {@code .jsonl} or {@code .jsonl.gz} file gives each of its clusters;</li>
 *   <li>a folder gives one cluster, of the article files in it (by name order), named after it;</li>
 *   <li>article files given directly together give one cluster, named after the first.</li>
 * </ul>
 * Missing paths, empty folders and unreadable files are reported and skipped.
 */
public final class ClusterInputs implements Iterator<Cluster>, AutoCloseable {
  private final Deque<Path> pending;
  private final List<Path> looseFiles = new ArrayList<>();
  private final Consumer<Problem> problems;
  private final ArticleFileReader articles = new ArticleFileReader();
  private JsonlClusterReader jsonl;
  private Cluster next;

  private ClusterInputs(List<Path> paths, Consumer<Problem> problems) {
    this.pending = new ArrayDeque<>();
    for (Path p : paths) {
      if (Files.isRegularFile(p) && !isJsonl(p)) looseFiles.add(p);
      else pending.add(p);
    }
    this.problems = problems;
  }

  public static ClusterInputs open(List<Path> paths, Consumer<Problem> problems) {
    if (paths.isEmpty()) throw new IllegalArgumentException("no input path given");
    return new ClusterInputs(paths, problems);
  }

  static boolean isJsonl(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson");
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
    if (!Files.exists(p)) {
      problems.accept(new Problem(p.toString(), "no such file or folder"));
    } else if (Files.isDirectory(p)) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> list = Files.list(p)) {
        list.sorted().forEach(f -> {
          if (Files.isRegularFile(f) && !f.getFileName().toString().startsWith(".")) files.add(f);
        });
      } catch (IOException e) {
        problems.accept(new Problem(p.toString(), "cannot list folder: " + e.getMessage()));
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
        jsonl = JsonlClusterReader.open(p, problems);
      } catch (IOException e) {
        problems.accept(new Problem(p.toString(), "cannot read: " + e.getMessage()));
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
