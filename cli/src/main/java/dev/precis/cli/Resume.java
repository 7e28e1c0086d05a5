package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.precis.ingest.IoReasons;
import dev.precis.ingest.JsonCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Continues an output that an earlier run of the same command left unfinished, for every command
 * that writes one record per input in input order (summarize, extract, events): the partial file
 * ({@code FILE.partial}) is cut after its last complete record, the inputs whose records it holds
 * are skipped in order, and the rest is appended, so killing and resuming a run at any moment
 * gives the bytes of one uninterrupted run.
 *
 * <p>Two kinds of output. JSON lines ({@link #lines}) are their own record of what was done: each
 * complete line that is a JSON object with the key field is one done input, and a finished {@code
 * FILE} can be continued too. Text and Markdown records span many lines and do not say where they
 * end, so their output keeps an index beside the partial file ({@link #indexed}, {@code
 * FILE.partial.index}: one JSON line {@code {"key", "end"[, "data"]}} written after each record
 * is flushed, {@code end} the partial file's length after it); a record the index does not list
 * whole is cut off. {@code data} keeps what a command needs again to finish (the events' text is
 * written only at the end, from every event's block).
 *
 * <p>Inputs are matched to the kept records by their key, in order: an input whose key is the
 * next kept record's is skipped; another input is worked on again (it wrote nothing before, e.g.
 * an article left out by language), and a record it writes while kept records are still unmatched
 * means the partial file came from other input, which {@link #beforeWrite} refuses.
 */
final class Resume {
  /** The suffix of the index beside a partial file of text or Markdown records. */
  static final String INDEX = ".index";

  private final List<String> keys;
  private final List<JsonNode> data;
  private final String file;
  private int matched;

  private Resume(List<String> keys, List<JsonNode> data, String file) {
    this.keys = keys;
    this.data = data;
    this.file = file;
  }

  static Path indexOf(Path partial) {
    return partial.resolveSibling(partial.getFileName() + INDEX);
  }

  /**
   * Prepares {@code target}'s partial file of JSON lines for appending: the partial file, else a
   * copy of a finished {@code target}, else an empty one; cut after its last complete line that
   * is a JSON object with a string field {@code keyField}.
   */
  static Resume lines(Path target, String keyField) throws Output.OutputFailed {
    Path partial = Output.partialOf(target);
    try {
      if (!Files.exists(partial) && Files.exists(target)) {
        Files.copy(target, partial, StandardCopyOption.REPLACE_EXISTING);
      }
      List<String> keys = new ArrayList<>();
      List<JsonNode> data = new ArrayList<>();
      if (!Files.exists(partial)) return new Resume(keys, data, partial.toString());
      long keep = completeLines(partial, (o, end) -> {
        if (o == null || !o.path(keyField).isTextual()) return false;
        keys.add(o.get(keyField).asText());
        data.add(NullNode.getInstance());
        return true;
      });
      truncate(partial, keep);
      return new Resume(keys, data, partial.toString());
    } catch (IOException e) {
      throw new Output.OutputFailed("cannot resume from " + partial + ": " + IoReasons.of(e));
    }
  }

  /**
   * Prepares {@code target}'s partial file of text or Markdown records for appending: the records
   * its index lists whole are kept, the rest of both files cut off. With no partial file or no
   * index (a finished {@code target} keeps neither), the run starts afresh, which gives the same
   * bytes.
   */
  static Resume indexed(Path target) throws Output.OutputFailed {
    Path partial = Output.partialOf(target);
    Path index = indexOf(partial);
    List<String> keys = new ArrayList<>();
    List<JsonNode> data = new ArrayList<>();
    try {
      if (!Files.exists(partial) || !Files.exists(index)) {
        Files.deleteIfExists(partial);
        Files.deleteIfExists(index);
        return new Resume(keys, data, partial.toString());
      }
      long size = Files.size(partial);
      long[] keep = {0};
      long indexKeep = completeLines(index, (o, lineEnd) -> {
        if (o == null || !o.path("key").isTextual() || !o.path("end").canConvertToLong()) {
          return false;
        }
        long end = o.get("end").asLong();
        if (end < keep[0] || end > size) return false;
        keys.add(o.get("key").asText());
        data.add(o.path("data"));
        keep[0] = end;
        return true;
      });
      truncate(partial, keep[0]);
      truncate(index, indexKeep);
      return new Resume(keys, data, partial.toString());
    } catch (IOException e) {
      throw new Output.OutputFailed("cannot resume from " + partial + ": " + IoReasons.of(e));
    }
  }

  /** Takes one complete line of a partial output: its JSON object (null if it is none) and where it ends. */
  private interface LineTaker {
    boolean take(JsonNode object, long end);
  }

  /**
   * Reads {@code file}'s complete lines in order, each given to {@code taker} until it refuses
   * one; returns the length of the lines it took (a last line without its newline is never given).
   */
  private static long completeLines(Path file, LineTaker taker) throws IOException {
    long taken = 0;
    long pos = 0;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      for (int b; (b = in.read()) >= 0; ) {
        pos++;
        if (b != '\n') {
          line.write(b);
          continue;
        }
        JsonNode o = object(line);
        line.reset();
        if (!taker.take(o, pos)) break;
        taken = pos;
      }
    }
    return taken;
  }

  private static JsonNode object(ByteArrayOutputStream line) {
    try {
      JsonNode o = JsonCodec.parse(line.toString(StandardCharsets.UTF_8));
      return o != null && o.isObject() ? o : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static void truncate(Path file, long size) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ch.truncate(size);
    }
  }

  /** How many records the earlier run had written whole. */
  int kept() {
    return keys.size();
  }

  /** The {@code data} the index kept for each record (missing nodes for JSON lines), in order. */
  List<JsonNode> keptData() {
    return List.copyOf(data);
  }

  /**
   * Whether the input {@code key} is the next kept record's: then it is matched and needs no work;
   * inputs must be asked in input order.
   */
  boolean done(String key) {
    if (matched < keys.size() && keys.get(matched).equals(key)) {
      matched++;
      return true;
    }
    return false;
  }

  /** {@code inputs} without those whose records are kept. */
  <T> Iterator<T> skipDone(Iterator<T> inputs, Function<T, String> key) {
    return new Iterator<>() {
      private T next;

      @Override
      public boolean hasNext() {
        while (next == null && inputs.hasNext()) {
          T t = inputs.next();
          if (!done(key.apply(t))) next = t;
        }
        return next != null;
      }

      @Override
      public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        T t = next;
        next = null;
        return t;
      }
    };
  }

  /** Refuses a new record for {@code key} while kept records are still unmatched. */
  void beforeWrite(String key) {
    if (matched < keys.size()) {
      throw new IllegalArgumentException(file + " does not continue this run: its record "
          + (matched + 1) + " is '" + keys.get(matched) + "', but the input gives '" + key
          + "' there; remove it to start afresh, or give the input it came from");
    }
  }

  /** Refuses a partial file that holds records the input never gave. */
  void finish() {
    if (matched < keys.size()) {
      throw new IllegalArgumentException(file + " does not continue this run: its record "
          + (matched + 1) + " is '" + keys.get(matched) + "', which the input does not give;"
          + " remove it to start afresh, or give the input it came from");
    }
  }
}
