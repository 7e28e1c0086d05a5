package dev.precis.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text, choosing the charset as browsers do: a byte-order mark first,
 * then the declared charset (the HTTP header's, given as a hint), then a {@code <meta>} charset in
 * the first 4 KiB, then UTF-8 when the bytes are valid UTF-8, else windows-1252. A declared
 * charset that does not decode the bytes (UTF-8 declared on Latin-1 bytes, say) is replaced by the
 * sniffed one, and the replacement is told to the caller as a note.
 */
final class HtmlDecoder {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})",
          Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Decoded text, or why the bytes are not a page; {@code note} is empty or says what was fixed. */
  record Decoded(String text, Optional<String> rejection, String note) {}

  Decoded decode(byte[] bytes, String charsetHint) {
    Optional<String> binary = binaryKind(bytes);
    if (binary.isPresent()) {
      return new Decoded("", Optional.of("binary content (" + binary.get() + "), not HTML"), "");
    }
    if (hasPrefix(bytes, 0xEF, 0xBB, 0xBF)) {
      return ok(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }
    if (hasPrefix(bytes, 0xFE, 0xFF) || hasPrefix(bytes, 0xFF, 0xFE)) {
      return ok(new String(bytes, StandardCharsets.UTF_16));
    }
    String declaredName = charsetHint == null ? "" : charsetHint.trim();
    if (declaredName.isEmpty()) declaredName = metaCharset(bytes);
    String utf8 = strictUtf8(bytes); // null when the bytes are not valid UTF-8
    Charset sniffed = utf8 != null ? StandardCharsets.UTF_8 : WINDOWS_1252;
    if (declaredName.isEmpty()) return ok(utf8 != null ? utf8 : new String(bytes, sniffed));
    Optional<Charset> declared = charset(declaredName);
    if (declared.isEmpty()) {
      return new Decoded(new String(bytes, sniffed), Optional.empty(),
          "unknown charset '" + declaredName + "', read as " + sniffed.name());
    }
    Charset cs = declared.get();
    // Latin-1 is what servers declare by default; browsers read it as windows-1252.
    if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
      cs = sniffed.equals(StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }
    if (cs.equals(StandardCharsets.UTF_8) && !sniffed.equals(StandardCharsets.UTF_8)) {
      return new Decoded(new String(bytes, WINDOWS_1252), Optional.empty(),
          "declared charset '" + declaredName + "' does not decode the page, read as windows-1252");
    }
    return ok(cs.equals(StandardCharsets.UTF_8) && utf8 != null ? utf8 : new String(bytes, cs));
  }

  private static Decoded ok(String text) {
    return new Decoded(text, Optional.empty(), "");
  }

  private static Optional<Charset> charset(String name) {
    try {
      return Optional.of(Charset.forName(name.toLowerCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? m.group(1) : "";
  }

  static boolean isValidUtf8(byte[] bytes) {
    return strictUtf8(bytes) != null;
  }

  /**
   * The bytes read as UTF-8, or null when they are not valid UTF-8. The fast decoder replaces bad
   * bytes with U+FFFD; only a text holding U+FFFD (bad bytes, or the character itself encoded)
   * is decoded again strictly to tell which.
   */
  private static String strictUtf8(byte[] bytes) {
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) return fast;
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return d.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** A name for the kind of binary file, when the bytes are one. */
  static Optional<String> binaryKind(byte[] b) {
    if (hasPrefix(b, 0x89, 'P', 'N', 'G')) return Optional.of("PNG image");
    if (hasPrefix(b, 0xFF, 0xD8, 0xFF)) return Optional.of("JPEG image");
    if (hasPrefix(b, 'G', 'I', 'F', '8')) return Optional.of("GIF image");
    if (hasPrefix(b, '%', 'P', 'D', 'F')) return Optional.of("PDF");
    if (hasPrefix(b, 'P', 'K', 3, 4)) return Optional.of("ZIP archive");
    if (hasPrefix(b, 0x1F, 0x8B)) return Optional.of("gzip data");
    int n = Math.min(b.length, 4096);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0 || (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 27)) {
        control++;
      }
    }
    if (n > 0 && control * 20 > n) return Optional.of(control + " control bytes in the first " + n);
    return Optional.empty();
  }

  private static boolean hasPrefix(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) return false;
    }
    return true;
  }

}
