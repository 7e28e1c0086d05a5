package dev.precis.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns text into index terms with Lucene's English analysis chain: the standard (UAX#29)
 * tokenizer, possessive removal, lower-casing, English stop words and the Porter stemmer. So
 * "Iraq's", "iraqs" and "Iraq" give one term, and "the" gives none.
 *
 * <p>Thread-safe: Lucene analyzers keep one token stream per thread.
 */
public final class TermAnalyzer implements AutoCloseable {
  private final Analyzer analyzer;

  /** The analyzer with Lucene's English stop words. */
  public TermAnalyzer() {
    this(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
  }

  public TermAnalyzer(CharArraySet stopWords) {
    this.analyzer = new EnglishAnalyzer(stopWords);
  }

  /** The terms of {@code text}, in order, stop words removed. */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of in-memory text failed", e);
    }
    return out;
  }

  /** The term ids of {@code text} in {@code dictionary}, in order, adding new terms. */
  public int[] termIds(String text, TermDictionary dictionary) {
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      int[] ids = new int[16];
      int n = 0;
      while (ts.incrementToken()) {
        if (n == ids.length) ids = java.util.Arrays.copyOf(ids, n * 2);
        ids[n++] = dictionary.intern(term);
      }
      ts.end();
      return java.util.Arrays.copyOf(ids, n);
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of in-memory text failed", e);
    }
  }

  /**
   * A 32-bit hash of each term of {@code text}, in order, stop words removed: the same term always
   * gives the same hash ({@link String#hashCode} of the term, then mixed), with no string made per
   * token. For vectors over a fixed number of hashed buckets, whose memory does not grow with the
   * vocabulary of a stream.
   */
  public int[] termHashes(String text) {
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      int[] hashes = new int[16];
      int n = 0;
      while (ts.incrementToken()) {
        char[] chars = term.buffer();
        int h = 0;
        for (int i = 0; i < term.length(); i++) h = 31 * h + chars[i];
        h *= 0x9E3779B9;
        if (n == hashes.length) hashes = java.util.Arrays.copyOf(hashes, n * 2);
        hashes[n++] = h ^ (h >>> 15);
      }
      ts.end();
      return java.util.Arrays.copyOf(hashes, n);
    } catch (IOException e) {
      throw new UncheckedIOException("analysis of in-memory text failed", e);
    }
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
