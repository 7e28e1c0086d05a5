package dev.precis.represent.embed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * BERT's basic tokenizer for uncased models: the {@code BertNormalizer} and
 * {@code BertPreTokenizer} of Hugging Face tokenizers, which is what the model's
 * {@code tokenizer.json} names.
 *
 * <p>In order: control characters, U+0000 and U+FFFD are dropped and whitespace becomes a space;
 * CJK ideographs are set apart as words of their own; accents are stripped (NFD, then nonspacing
 * marks removed); the text is lower-cased; it is split on whitespace, and every punctuation
 * character (Unicode punctuation or ASCII punctuation, which includes {@code $ + < = > ^ ` | ~})
 * becomes a word of its own. Other symbols ({@code €}, emoji) stay inside their word.
 *
 * <p>Stateless and thread-safe.
 */
final class BertWordSplitter {

  /** The words of {@code text} in order; empty for blank text. */
  List<String> split(String text) {
    String normalized = lowerCase(stripAccents(cleanAndIsolateIdeographs(text)));
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < normalized.length(); ) {
      int c = normalized.codePointAt(i);
      i += Character.charCount(c);
      if (isWhitespace(c)) {
        flush(word, words);
      } else if (isPunctuation(c)) {
        flush(word, words);
        words.add(new String(Character.toChars(c)));
      } else {
        word.appendCodePoint(c);
      }
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static String cleanAndIsolateIdeographs(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == 0 || c == 0xFFFD || isControl(c)) {
        continue;
      }
      if (isWhitespace(c)) {
        out.append(' ');
      } else if (isCjkIdeograph(c)) {
        out.append(' ').appendCodePoint(c).append(' ');
      } else {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  private static String stripAccents(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  /**
   * Lower-cases code point by code point, as the reference does; unlike
   * {@link String#toLowerCase}, a final sigma stays σ.
   */
  private static String lowerCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      out.appendCodePoint(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** The Unicode White_Space property (Java's own test differs on U+001C..U+001F and U+00A0). */
  private static boolean isWhitespace(int c) {
    return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
        || c == 0x205F || c == 0x3000;
  }

  /**
   * Unicode category C* (control, format, surrogate, private use, unassigned) except tab,
   * newline and carriage return; such characters are dropped before whitespace is mapped.
   */
  private static boolean isControl(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
        return true;
      default:
        return false;
    }
  }

  private static boolean isPunctuation(int c) {
    if (c < 0x80) {
      return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96)
          || (c >= 123 && c <= 126);
    }
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /** The CJK Unified Ideographs blocks, as BERT defines them (not Hangul, kana or fullwidth). */
  private static boolean isCjkIdeograph(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2A6DF)
        || (c >= 0x2A700 && c <= 0x2B73F)
        || (c >= 0x2B740 && c <= 0x2B81F)
        || (c >= 0x2B820 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x2F800 && c <= 0x2FA1F);
  }
}
