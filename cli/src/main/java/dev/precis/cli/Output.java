package dev.precis.cli;

import dev.precis.ingest.InputFormat;
import dev.precis.ingest.IoReasons;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.ingest.JsonCodec;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Where a command writes its results, safely: to standard output, every write checked; or to a
 * file, written to {@code FILE.partial} beside it and renamed over {@code FILE} only when the run
 * is complete, so an interrupted or failed run never leaves a cut file in place of the old one
 * (the partial file is kept, and {@code --resume} continues it, see {@link Resume}; records that
 * are not single lines, text and Markdown, are also listed in {@code FILE.partial.index} as they
 * are flushed, which is how a resumed run knows where the last whole one ends). Every write
 * error ("no space left on device", "broken pipe") becomes an {@link OutputFailed} naming the
 * output and the reason.
 */
final class Output implements AutoCloseable {
  /** The suffix of the file being written beside the target. */
  static final String PARTIAL = ".partial";

  private final Path target;
  private final Path partial;
  private final OutputStream writer;
  private final OutputStream index;
  private final PrintWriter stdout;
  private final boolean appending;
  private boolean committed;
  private long lines;
  /** The partial file's length: where the next record starts. */
  private long bytes;

  private Output(Path target, Path partial, OutputStream writer, OutputStream index,
      PrintWriter stdout, boolean appending, long bytes) {
    this.appending = appending;
    this.target = target;
    this.partial = partial;
    this.writer = writer;
    this.index = index;
    this.stdout = stdout;
    this.bytes = bytes;
  }

  /** An output to the command's standard output. */
  static Output stdout(PrintWriter out) {
    return new Output(null, null, null, null, out, false, 0);
  }

  /**
   * An output to {@code target}, started afresh ({@code resume} null) or continuing the lines
   * {@code resume} kept in its partial file.
   */
  static Output file(Path target, Resume resume) throws OutputFailed {
    return file(target, resume, false);
  }

  /**
   * An output to {@code target} whose records are also listed in an index ({@code indexed}: text
   * and Markdown, see {@link Resume#indexed}), or not (JSON lines, their own index).
   */
  static Output file(Path target, Resume resume, boolean indexed) throws OutputFailed {
    Path partial = partialOf(target);
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new OutputFailed("cannot write " + target + ": its folder " + parent + " does not exist");
      }
      if (Files.isDirectory(target)) {
        throw new OutputFailed("cannot write " + target + ": it is a folder; give a file name");
      }
      boolean append = resume != null;
      long start = append && Files.exists(partial) ? Files.size(partial) : 0;
      FileOutputStream stream = new FileOutputStream(partial.toFile(), append);
      OutputStream list = null;
      if (indexed) {
        list = new FileOutputStream(Resume.indexOf(partial).toFile(), append);
      } else {
        Files.deleteIfExists(Resume.indexOf(partial));
      }
      return new Output(target, partial, stream, list, null, append, start);
    } catch (IOException e) {
      if (e instanceof OutputFailed f) throw f;
      throw new OutputFailed("cannot write " + partial + ": " + IoReasons.of(e));
    }
  }

  static Path partialOf(Path target) {
    return target.resolveSibling(target.getFileName() + PARTIAL);
  }

  /**
   * Refuses an output that is one of the inputs (the same path, or the same file by another
   * path), before anything is read or written.
   *
   * @throws IllegalArgumentException naming both
   */
  static void refuseInputs(Path target, List<Path> inputs) {
    if (target == null) return;
    Path out = target.toAbsolutePath().normalize();
    for (Path in : inputs) {
      if (in.toString().equals(InputFormat.STDIN)) continue;
      Path abs = in.toAbsolutePath().normalize();
      boolean same = abs.equals(out);
      try {
        same = same || Files.exists(target) && Files.exists(in) && Files.isSameFile(target, in);
      } catch (IOException e) {
        // Cannot tell: the paths differ, and that is the answer.
      }
      if (same) {
        throw new IllegalArgumentException("--out " + target + " is also an input; writing it would"
            + " destroy what is read. Give another --out file");
      }
    }
  }

  /** Writes {@code text}; the caller ends each record with a newline. */
  void write(String text) throws OutputFailed {
    if (stdout != null) {
      stdout.write(text);
      return;
    }
    try {
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      writer.write(b);
      bytes += b.length;
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Writes one record's lines and flushes them, so a killed run leaves whole records. */
  void record(String text) throws OutputFailed {
    write(text);
    flush();
    lines++;
  }

  /**
   * Writes the record of the input {@code key} and flushes it; an indexed output then lists it in
   * its index, so a killed run leaves whole records that a resumed run can find.
   */
  void record(String key, String text) throws OutputFailed {
    record(text);
    listed(key, null);
  }

  /**
   * Lists the input {@code key} as done in the index, with {@code data} that the run needs again
   * to finish (written into the output later); only for an indexed output.
   */
  void note(String key, ObjectNode data) throws OutputFailed {
    if (stdout != null) return;
    if (index == null) throw new IllegalStateException("note needs an indexed output");
    listed(key, data);
    lines++;
  }

  private void listed(String key, JsonNode data) throws OutputFailed {
    if (index == null) return;
    ObjectNode entry = JsonCodec.object().put("key", key).put("end", bytes);
    if (data != null) entry.set("data", data);
    try {
      index.write((JsonCodec.text(entry) + "\n").getBytes(StandardCharsets.UTF_8));
      index.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  void flush() throws OutputFailed {
    if (stdout != null) {
      stdout.flush();
      if (stdout.checkError()) {
        throw new OutputFailed("cannot write to standard output: " + StdoutWriter.reason(stdout));
      }
      return;
    }
    try {
      writer.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** The file's records are complete: flushed to the disk and renamed over the target. */
  void commit() throws OutputFailed {
    flush();
    if (stdout != null) return;
    try {
      writer.close();
      try (var ch = java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      try {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
      if (index != null) {
        index.close();
        Files.deleteIfExists(Resume.indexOf(partial));
      }
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private OutputFailed failed(IOException e) {
    return new OutputFailed("cannot write " + target + ": " + IoReasons.of(e) + "; " + target
        + (Files.exists(target) ? " is left as it was" : " is not written") + ", and the "
        + lines + " records written so far are in " + partial + " (--resume continues it)");
  }

  /**
   * Closes the file; unless committed, the partial file stays for {@code --resume} (deleted when
   * this run wrote nothing into a fresh one).
   */
  @Override
  public void close() {
    if (stdout != null) {
      stdout.flush();
      return;
    }
    if (committed) return;
    try {
      writer.close();
      if (index != null) index.close();
      // A run stopped before its first record leaves nothing to resume.
      if (lines == 0 && !appending) {
        Files.deleteIfExists(partial);
        Files.deleteIfExists(Resume.indexOf(partial));
      }
    } catch (IOException e) {
      // The failure that stopped the run is already reported; the partial file is kept as it is.
    }
  }

  /** A write that failed, with the output and the reason. */
  static final class OutputFailed extends IOException {
    OutputFailed(String message) {
      super(message);
    }
  }
}
