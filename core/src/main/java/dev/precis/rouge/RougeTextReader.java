package dev.precis.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one summary the way ROUGE-1.5.5 reads a file of one sentence per line, length limits
 * included, and gives the text in the two shapes the script uses: all sentences joined by
 * spaces (for n-grams, skip bigrams and the unigram counts of ROUGE-L), and the sentences kept
 * as units (for ROUGE-L and ROUGE-W).
 *
 * <p>The script works on bytes: text here is UTF-8 held one byte per char (ISO-8859-1), so
 * lengths and cuts are in bytes as with {@code -b}. A sentence holding a line break counts as
 * several lines, and empty lines are skipped, as in a file. Letters A-Z are lower-cased.
 *
 * <p>Copied quirks of the script: the word count of {@code -l} splits on whitespace before
 * punctuation is removed; the limits apply to the references as well as the system summary;
 * with {@code -b} the units for ROUGE-L keep every sentence shorter than the limit and cut only
 * the first sentence that alone reaches it (the script never adds up their lengths there).
 * Stateless and thread-safe.
 */
final class RougeTextReader {
  private final int wordLimit;
  private final int byteLimit;

  /** Limits in words and in bytes; 0 means none, and at most one may be set. */
  RougeTextReader(int wordLimit, int byteLimit) {
    this.wordLimit = wordLimit;
    this.byteLimit = byteLimit;
  }

  /** The non-empty lines of the sentences, as lower-cased bytes in a string. */
  static List<String> lines(List<String> sentences) {
    List<String> lines = new ArrayList<>();
    for (String sentence : sentences) {
      for (String line : sentence.split("\n", -1)) {
        if (!line.isEmpty()) {
          lines.add(lowerAscii(new String(line.getBytes(StandardCharsets.UTF_8),
              StandardCharsets.ISO_8859_1)));
        }
      }
    }
    return lines;
  }

  /** The lines joined by spaces and cut to the limit (the script's readText). */
  String joined(List<String> lines) {
    StringBuilder text = new StringBuilder();
    if (wordLimit == 0 && byteLimit == 0) {
      return String.join(" ", lines);
    }
    int length = 0;
    for (String line : lines) {
      List<String> words = wordLimit != 0 ? perlSplit(line) : List.of();
      int lineLength = wordLimit != 0 ? words.size() : line.length();
      int limit = wordLimit != 0 ? wordLimit : byteLimit;
      if (length + lineLength < limit) {
        if (length != 0) {
          text.append(' ');
        }
        text.append(line);
        length += lineLength;
      } else {
        if (length > 0) {
          text.append(' ');
        }
        text.append(wordLimit != 0
            ? String.join(" ", words.subList(0, limit - length))
            : line.substring(0, limit - length));
        break;
      }
    }
    return text.toString();
  }

  /** The lines as units, cut to the limit (the script's readText_LCS). */
  List<String> units(List<String> lines) {
    if (wordLimit == 0 && byteLimit == 0) {
      return lines;
    }
    List<String> units = new ArrayList<>();
    int length = 0;
    for (String line : lines) {
      if (wordLimit != 0) {
        List<String> words = perlSplit(line);
        if (length + words.size() < wordLimit) {
          length += words.size();
          units.add(line);
        } else {
          units.add(String.join(" ", words.subList(0, wordLimit - length)));
          break;
        }
      } else if (line.length() < byteLimit) {
        units.add(line);
      } else {
        units.add(line.substring(0, byteLimit));
        break;
      }
    }
    return units;
  }

  /**
   * Perl's {@code split(/\s+/, $s)} on bytes: a leading empty field when the line starts with
   * whitespace, no trailing empty fields.
   */
  static List<String> perlSplit(String line) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    int n = line.length();
    int start = 0;
    while (i < n) {
      if (isPerlSpace(line.charAt(i))) {
        fields.add(line.substring(start, i));
        while (i < n && isPerlSpace(line.charAt(i))) {
          i++;
        }
        start = i;
      } else {
        i++;
      }
    }
    if (start < n) {
      fields.add(line.substring(start));
    }
    int end = fields.size();
    while (end > 0 && fields.get(end - 1).isEmpty()) {
      end--;
    }
    return fields.subList(0, end);
  }

  private static boolean isPerlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  private static String lowerAscii(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }
}
