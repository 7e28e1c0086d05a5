package dev.precis.cli;

import dev.precis.ingest.IoReasons;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as a {@link PrintWriter} that remembers why a write failed: a PrintWriter
 * swallows its errors and only says that one happened ({@link #checkError}); {@link Output} asks
 * this one for the reason ("no space left on device", "broken pipe").
 */
final class StdoutWriter extends PrintWriter {
  private final Recording recording;

  private StdoutWriter(Recording recording) {
    super(recording);
    this.recording = recording;
  }

  /** The process's standard output, UTF-8. */
  static StdoutWriter open() {
    return new StdoutWriter(new Recording(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)));
  }

  /** Why {@code out}'s last write failed, as far as it can tell. */
  static String reason(PrintWriter out) {
    if (out instanceof StdoutWriter s && s.recording.failure != null) {
      String r = IoReasons.of(s.recording.failure);
      return r.equals("broken pipe") ? "broken pipe (the program reading it stopped)" : r;
    }
    return "write failed";
  }

  private static final class Recording extends FilterWriter {
    private IOException failure;

    Recording(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      try {
        super.write(c);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      try {
        super.write(cbuf, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      try {
        super.write(str, off, len);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        super.flush();
      } catch (IOException e) {
        failure = e;
        throw e;
      }
    }
  }
}
