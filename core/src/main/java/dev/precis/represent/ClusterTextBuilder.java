package dev.precis.represent;

import dev.precis.text.TermDictionary;
import dev.precis.model.Article;
import dev.precis.represent.dedup.NearDuplicateGrouper;
import dev.precis.model.Cluster;
import dev.precis.text.DebrisRemover;
import dev.precis.text.NameVariantFinder;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.Span;
import dev.precis.text.Words;
import dev.precis.text.reading.SentenceFlags;
import dev.precis.text.TermAnalyzer;
import java.util.ArrayList;
import dev.precis.represent.embed.SentenceEncoder;
import java.util.List;
import java.util.function.Supplier;

/**
 * The text stages that make a cluster's {@link ClusterText}, in order: {@link #clean} (debris
 * removal), {@link #split} (sentences), {@link #flag} (name spellings and reading flags) and
 * {@link #represent} (terms, TF-IDF, near-duplicate articles). Each stage returns an immutable
 * value. Thread-safe.
 */
public final class ClusterTextBuilder {
  /** Articles longer than this many characters are cut, with a warning. */
  public static final int MAX_ARTICLE_CHARS = 200_000;

  private final DebrisRemover debris;
  private final SentenceSplitter splitter;
  private final TermAnalyzer analyzer;
  private final NameVariantFinder names;
  private final NearDuplicateGrouper duplicates;
  private final Supplier<SentenceEncoder> encoder;

  /**
   * The standard stages; the embedding model is the process-wide shared one, loaded the first
   * time a method needs embeddings.
   */
  public ClusterTextBuilder() {
    this(new DebrisRemover(), new SentenceSplitter(), new TermAnalyzer(),
        new NameVariantFinder(), new NearDuplicateGrouper(), SentenceEncoder::shared);
  }

  public ClusterTextBuilder(DebrisRemover debris, SentenceSplitter splitter,
      TermAnalyzer analyzer, NameVariantFinder names, NearDuplicateGrouper duplicates,
      Supplier<SentenceEncoder> encoder) {
    this.encoder = encoder;
    this.debris = debris;
    this.splitter = splitter;
    this.analyzer = analyzer;
    this.names = names;
    this.duplicates = duplicates;
  }

  /** The text stages in order: {@link #clean}, {@link #split}, {@link #flag}, {@link #represent}. */
  public ClusterText build(Cluster cluster) {
    return represent(flag(split(clean(cluster))));
  }

  /** A cluster's articles with their debris removed: the texts citations index. */
  public record Cleaned(Cluster cluster, List<String> titles, List<String> texts, List<String> warnings) {}

  /** A cleaned cluster's sentences, in article order. */
  public record Split(Cleaned cleaned, List<Piece> pieces) {}

  /** One sentence as split: its article, its number there and its span in the cleaned text. */
  public record Piece(int article, int position, int start, int end, String text) {}

  /** Split sentences with the cluster's name spellings and each sentence's reading flags. */
  public record Flagged(Split split, NameVariantFinder.Result names, List<SentenceFlags> flags) {}

  /**
   * Stage 1: cuts overlong articles (with a warning) and removes page debris
   * ({@link DebrisRemover}) from texts and headlines.
   */
  public Cleaned clean(Cluster cluster) {
    List<String> warnings = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Article a : cluster.articles()) {
      String text = a.text();
      if (text.length() > MAX_ARTICLE_CHARS) {
        warnings.add("article " + a.id() + ": text of " + text.length() + " characters cut to "
            + MAX_ARTICLE_CHARS);
        text = text.substring(0, MAX_ARTICLE_CHARS);
      }
      titles.add(a.title());
      texts.add(text);
    }
    List<String> clean = new ArrayList<>();
    for (DebrisRemover.Cleaned c : debris.clean(titles, texts)) clean.add(c.text());
    List<String> cleanTitles = new ArrayList<>();
    for (String t : titles) cleanTitles.add(debris.cleanTitle(t));
    for (int a = 0; a < clean.size(); a++) {
      if (clean.get(a).isBlank()) {
        warnings.add("article " + cluster.articles().get(a).id() + ": no text after removing "
            + "boilerplate");
      }
    }
    return new Cleaned(cluster, List.copyOf(cleanTitles), List.copyOf(clean), List.copyOf(warnings));
  }

  /** Stage 2: splits each cleaned text into sentences ({@link SentenceSplitter}). */
  public Split split(Cleaned cleaned) {
    List<Piece> pieces = new ArrayList<>();
    for (int a = 0; a < cleaned.texts().size(); a++) {
      String text = cleaned.texts().get(a);
      if (text.isBlank()) continue;
      int position = 0;
      for (Span s : splitter.split(text)) {
        pieces.add(new Piece(a, position++, s.start(), s.end(), s.of(text)));
      }
    }
    return new Split(cleaned, List.copyOf(pieces));
  }

  /**
   * Stage 3: the cluster's name spellings ({@link NameVariantFinder}) and every sentence's reading
   * flags ({@link SentenceFlags}), computed once.
   */
  public Flagged flag(Split split) {
    NameVariantFinder.Result found = names.find(split.cleaned().texts());
    List<String> texts = split.pieces().stream().map(Piece::text).toList();
    return new Flagged(split, found, SentenceFlags.of(texts, found));
  }

  /**
   * Stage 4: analysis into interned terms, TF-IDF vectors of sentences and headlines, and
   * near-duplicate articles (syndicated copies count as one source).
   */
  public ClusterText represent(Flagged flagged) {
    Cleaned cleaned = flagged.split().cleaned();
    Cluster cluster = cleaned.cluster();
    TermDictionary dictionary = new TermDictionary();
    List<Sentence> sentences = new ArrayList<>();
    List<Piece> pieces = flagged.split().pieces();
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      int[] terms = analyzer.termIds(p.text(), dictionary);
      sentences.add(new Sentence(i, p.article(), p.position(), p.start(), p.end(), p.text(),
          Words.count(p.text()), terms, flagged.flags().get(i)));
    }
    float[] idf = idf(sentences, dictionary.size());
    SparseVector[] vectors = new SparseVector[sentences.size()];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = SparseVector.ofTerms(sentences.get(i).terms(), idf);
    }
    List<String> cleanTitles = cleaned.titles();
    SparseVector[] headlines = new SparseVector[cleaned.texts().size()];
    for (int a = 0; a < headlines.length; a++) {
      int[] ids = analyzer.terms(cleanTitles.get(a)).stream().mapToInt(dictionary::id)
          .filter(id -> id >= 0).toArray();
      headlines[a] = SparseVector.ofTerms(ids, idf);
    }
    int[] sourceOf = new int[cleaned.texts().size()];
    for (List<Integer> group : duplicates.group(cluster.articles())) {
      for (int a : group) sourceOf[a] = group.get(0);
    }
    return new ClusterText(cluster, cleanTitles, cleaned.texts(), sentences, dictionary, idf, vectors,
        headlines, sourceOf, flagged.names(), cleaned.warnings(), encoder);
  }

  /** Smoothed IDF over sentences: {@code ln((1 + n) / (1 + df)) + 1}. */
  private static float[] idf(List<Sentence> sentences, int terms) {
    int[] df = new int[terms];
    int[] seen = new int[terms];
    java.util.Arrays.fill(seen, -1);
    for (Sentence s : sentences) {
      for (int t : s.terms()) {
        if (seen[t] != s.index()) {
          seen[t] = s.index();
          df[t]++;
        }
      }
    }
    float[] idf = new float[terms];
    int n = sentences.size();
    for (int t = 0; t < terms; t++) idf[t] = (float) (Math.log((1.0 + n) / (1.0 + df[t])) + 1.0);
    return idf;
  }
}
