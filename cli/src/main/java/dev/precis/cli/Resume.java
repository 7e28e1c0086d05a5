package dev.precis.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.ingest.IoReasons;
import dev.precis.ingest.JsonCodec;
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
 * Continues a JSON-lines output that an earlier run of the same command left unfinished, for every
 * command that writes one line per input in input order (summarize, extract, events): the partial
 * file ({@code FILE.partial}, or a finished {@code FILE}) is cut after its last complete line,
 * the inputs whose lines it holds are skipped in order, and the rest is appended, so killing and
 * resuming a run at any moment gives the bytes of one uninterrupted run.
 *
 * <p>Inputs are matched to the kept lines by their key ({@code "id"}), in order: an input whose
 * key is the next kept line's is skipped; another input is worked on again (it wrote nothing
 * before, e.g. an article left out by language), and a line it writes while kept lines are still
 * unmatched means the partial file came from other input, which {@link #beforeWrite} refuses.
 */
final class Resume {
  private final List<String> keys;
  private final String file;
  private int matched;

  private Resume(List<String> keys, String file) {
    this.keys = keys;
    this.file = file;
  }

  /**
   * Prepares {@code target}'s partial file for appending: the partial file, else a copy of a
   * finished {@code target}, else an empty one; cut after its last complete line that is a JSON
   * object with an {@code "id"}.
   */
  static Resume prepare(Path target) throws Output.OutputFailed {
    Path partial = Output.partialOf(target);
    try {
      if (!Files.exists(partial) && Files.exists(target)) {
        Files.copy(target, partial, StandardCopyOption.REPLACE_EXISTING);
      }
      if (!Files.exists(partial)) return new Resume(new ArrayList<>(), partial.toString());
      List<String> keys = new ArrayList<>();
      long keep = 0;
      long pos = 0;
      java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
      try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(partial), 1 << 16)) {
        for (int b; (b = in.read()) >= 0; ) {
          pos++;
          if (b != '\n') {
            line.write(b);
            continue;
          }
          String key = key(line.toString(StandardCharsets.UTF_8));
          line.reset();
          if (key == null) break;
          keys.add(key);
          keep = pos;
        }
      }
      try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
        ch.truncate(keep);
      }
      return new Resume(keys, partial.toString());
    } catch (IOException e) {
      throw new Output.OutputFailed("cannot resume from " + partial + ": " + IoReasons.of(e));
    }
  }

  private static String key(String line) {
    try {
      JsonNode o = JsonCodec.parse(line);
      return o != null && o.isObject() && o.path("id").isTextual() ? o.get("id").asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** How many lines the earlier run had written whole. */
  int kept() {
    return keys.size();
  }

  /** {@code inputs} without those whose lines are kept. */
  <T> Iterator<T> skipDone(Iterator<T> inputs, Function<T, String> key) {
    return new Iterator<>() {
      private T next;

      @Override
      public boolean hasNext() {
        while (next == null && inputs.hasNext()) {
          T t = inputs.next();
          if (matched < keys.size() && keys.get(matched).equals(key.apply(t))) {
            matched++;
          } else {
            next = t;
          }
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

  /** Refuses a new line for {@code key} while kept lines are still unmatched. */
  void beforeWrite(String key) {
    if (matched < keys.size()) {
      throw new IllegalArgumentException(file + " does not continue this run: its line "
          + (matched + 1) + " is '" + keys.get(matched) + "', but the input gives '" + key
          + "' there; remove it to start afresh, or give the input it came from");
    }
  }

  /** Refuses a partial file that holds lines the input never gave. */
  void finish() {
    if (matched < keys.size()) {
      throw new IllegalArgumentException(file + " does not continue this run: its line "
          + (matched + 1) + " is '" + keys.get(matched) + "', which the input does not give;"
          + " remove it to start afresh, or give the input it came from");
    }
  }
}
