package dev.precis.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Turns text into index terms with Lucene's English analysis chain: the standard (UAX#29)
 * tokenizer, possessive removal, lower-casing, English stop words and the Porter stemmer. So
 * "Iraq's", "iraqs" and "Iraq" give one term, and "the" gives none.
 *
 * <p>The chain is {@link EnglishAnalyzer}'s, with one change that gives the same terms: a word's
 * stem is remembered the first time the Porter stemmer makes it, and taken from there for the
 * word's later tokens (a news cluster says most of its words many times; the stemmer had been a
 * third of the analysis).
 *
 * <p>Thread-safe: Lucene analyzers keep one token stream per thread, each with its own stems.
 */
public final class TermAnalyzer implements AutoCloseable {
  private final Analyzer analyzer;

  /** The analyzer with Lucene's English stop words. */
  public TermAnalyzer() {
    this(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
  }

  public TermAnalyzer(CharArraySet stopWords) {
    this.analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        // EnglishAnalyzer's chain (tokenizer, possessives, lower case, stop words, Porter),
        // with the stems remembered around the stemmer.
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, stopWords);
        Stems stems = new Stems();
        result = new RememberedStemFilter(result, stems);
        result = new PorterStemFilter(result);
        result = new StemRememberingFilter(result, stems);
        return new TokenStreamComponents(source, result);
      }
    };
  }

  /**
   * Words to their Porter stems, for one thread's token stream: a direct-mapped cache of
   * {@value #SLOTS} slots, a word's slot given by its hash, a new word taking its slot from the
   * one there before. A hit costs a hash and a comparison; memory stays bounded.
   */
  private static final class Stems {
    static final int SLOTS = 1 << 13;
    final char[][] words = new char[SLOTS][];
    final char[][] stems = new char[SLOTS][];
    /** The slot of the current token's word when its stem is not known yet, else -1. */
    int pending = -1;
    char[] pendingWord;

    static int slot(char[] chars, int length) {
      int h = 0;
      for (int i = 0; i < length; i++) h = 31 * h + chars[i];
      h *= 0x9E3779B9;
      return (h ^ (h >>> 16)) & (SLOTS - 1);
    }

    /** The stem of the word in {@code chars}, or null if this cache does not hold it. */
    char[] stem(int slot, char[] chars, int length) {
      char[] w = words[slot];
      if (w == null || w.length != length) return null;
      for (int i = 0; i < length; i++) if (w[i] != chars[i]) return null;
      return stems[slot];
    }
  }

  /**
   * Gives a word its remembered stem and marks it a keyword, which the Porter stemmer leaves as
   * it is; a word without one passes on to the stemmer.
   */
  private static final class RememberedStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final Stems stems;

    RememberedStemFilter(TokenStream input, Stems stems) {
      super(input);
      this.stems = stems;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      stems.pending = -1;
      if (keyword.isKeyword()) return true;
      int slot = Stems.slot(term.buffer(), term.length());
      char[] stem = stems.stem(slot, term.buffer(), term.length());
      if (stem != null) {
        term.copyBuffer(stem, 0, stem.length);
        keyword.setKeyword(true);
      } else {
        stems.pending = slot;
        stems.pendingWord = java.util.Arrays.copyOf(term.buffer(), term.length());
      }
      return true;
    }
  }

  /** Remembers the stem the Porter stemmer made of a word not seen before. */
  private static final class StemRememberingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Stems stems;

    StemRememberingFilter(TokenStream input, Stems stems) {
      super(input);
      this.stems = stems;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      if (stems.pending >= 0) {
        stems.words[stems.pending] = stems.pendingWord;
        stems.stems[stems.pending] = java.util.Arrays.copyOf(term.buffer(), term.length());
        stems.pending = -1;
      }
      return true;
    }
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
        ids[n++] = dictionary.intern(term.buffer(), 0, term.length());
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
