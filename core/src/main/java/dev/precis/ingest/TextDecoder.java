package dev.precis.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into text: UTF-8 with or without a byte-order mark, invalid sequences
 * replaced by U+FFFD, CRLF and lone CR made LF. Refuses binary data (NUL bytes or many control
 * characters near the start), which no article contains.
 */
public final class TextDecoder {
  private static final int SNIFF = 8192;

  /** The text of {@code bytes}, or empty if they look binary. */
  public Optional<String> decode(byte[] bytes) {
    if (looksBinary(bytes)) return Optional.empty();
    int offset = hasBom(bytes) ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer chars;
    try {
      chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
    } catch (CharacterCodingException e) {
      throw new AssertionError("a replacing decoder does not throw", e);
    }
    return Optional.of(normalizeNewlines(chars.toString()));
  }

  static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }

  static boolean looksBinary(byte[] b) {
    int n = Math.min(b.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0) return true;
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
    }
    return n > 0 && control * 10 > n;
  }

  /**
   * Whether {@code s} has a letter or a digit: text of only spaces, symbols, emoji or zero-width
   * characters is no article, whichever reader it came through.
   */
  public static boolean hasWords(String s) {
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** {@code s} with CRLF and lone CR turned into LF. */
  public static String normalizeNewlines(String s) {
    if (s.indexOf('\r') < 0) return s;
    return s.replace("\r\n", "\n").replace('\r', '\n');
  }
}
