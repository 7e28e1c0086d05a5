package dev.precis.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most a given length, so that one endless line (a 50 MB file without a line
 * break) cannot exhaust memory: the rest of an over-long line is skipped and reported.
 */
final class BoundedLineReader {
  /** What {@link #next} found. */
  enum Kind { LINE, TOO_LONG, END }

  private final Reader in;
  private final int maxChars;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int len;
  private StringBuilder line = new StringBuilder();
  private long lineNumber;
  private long skippedChars;

  BoundedLineReader(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** Reads the next line; {@link #line()} holds it when the result is {@link Kind#LINE}. */
  Kind next() throws IOException {
    line.setLength(0);
    skippedChars = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf);
        pos = 0;
        if (len <= 0) {
          len = 0;
          if (!any) return Kind.END;
          lineNumber++;
          return tooLong ? Kind.TOO_LONG : Kind.LINE;
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') pos++;
      int n = pos - start;
      if (!tooLong && line.length() + n > maxChars) {
        tooLong = true;
        skippedChars = line.length();
        line = new StringBuilder();
      }
      if (tooLong) skippedChars += n;
      else line.append(buf, start, n);
      if (pos < len) {
        pos++;
        lineNumber++;
        return tooLong ? Kind.TOO_LONG : Kind.LINE;
      }
    }
  }

  String line() {
    int n = line.length();
    if (n > 0 && line.charAt(n - 1) == '\r') return line.substring(0, n - 1);
    return line.toString();
  }

  long lineNumber() {
    return lineNumber;
  }

  long skippedChars() {
    return skippedChars;
  }
}
