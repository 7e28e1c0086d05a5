package dev.precis.represent;

import dev.precis.text.TermDictionary;
import dev.precis.model.Cluster;
import dev.precis.text.NameVariantFinder;
import dev.precis.represent.embed.SentenceEncoder;
import java.util.List;
import java.util.function.Supplier;

/**
 * A cluster made ready for summarizing: each article's cleaned text, every sentence with its
 * span and terms, TF-IDF vectors with IDF computed over the cluster's sentences, the near-duplicate
 * groups of articles, and the name spellings; each sentence carries its reading flags. Built once
 * by {@link ClusterTextBuilder} and immutable afterwards (the embeddings, computed on first use
 * for the methods that need them, aside), so methods may share it across threads.
 */
public final class ClusterText {
  private final Cluster cluster;
  private final List<String> cleanTitles;
  private final List<String> cleanTexts;
  private final List<Sentence> sentences;
  private final TermDictionary dictionary;
  private final float[] idf;
  private final SparseVector[] vectors;
  private final SparseVector[] headlines;
  private final int[] sourceOf;
  private final NameVariantFinder.Result names;
  private final List<String> warnings;
  private final Supplier<SentenceEncoder> encoder;
  private float[][] embeddings;
  /** Embeddings by encoders other than the builder's, computed on first use and kept. */
  private final java.util.Map<SentenceEncoder.Model, float[][]> otherEmbeddings =
      new java.util.EnumMap<>(SentenceEncoder.Model.class);

  ClusterText(Cluster cluster, List<String> cleanTitles, List<String> cleanTexts, List<Sentence> sentences,
      TermDictionary dictionary, float[] idf, SparseVector[] vectors, SparseVector[] headlines,
      int[] sourceOf,
      NameVariantFinder.Result names, List<String> warnings, Supplier<SentenceEncoder> encoder) {
    this.cluster = cluster;
    this.cleanTitles = List.copyOf(cleanTitles);
    this.cleanTexts = List.copyOf(cleanTexts);
    this.sentences = List.copyOf(sentences);
    this.dictionary = dictionary;
    this.idf = idf;
    this.vectors = vectors;
    this.headlines = headlines;
    this.sourceOf = sourceOf;
    this.names = names;
    this.warnings = List.copyOf(warnings);
    this.encoder = encoder;
  }

  /**
   * The sentences' dense embeddings (unit length, so a dot product is a cosine), computed on
   * first use in one batched call and kept.
   */
  public synchronized float[][] embeddings() {
    if (embeddings == null) {
      embeddings = encoder.get().encode(sentences.stream().map(Sentence::text).toList());
    }
    return embeddings;
  }

  /**
   * The sentences' embeddings by {@code model}: {@link #embeddings()} for MiniLM (the builder's
   * encoder), else by the process's shared encoder of that model, computed on first use and kept.
   */
  public synchronized float[][] embeddings(SentenceEncoder.Model model) {
    if (model == SentenceEncoder.Model.MINILM) return embeddings();
    return otherEmbeddings.computeIfAbsent(model, m ->
        SentenceEncoder.shared(m).encode(sentences.stream().map(Sentence::text).toList()));
  }

  public Cluster cluster() {
    return cluster;
  }

  /** The cleaned text of article {@code a}: what citation spans index. */
  public String cleanText(int a) {
    return cleanTexts.get(a);
  }

  /** The headline of article {@code a} without debris, or "" when it has none. */
  public String cleanTitle(int a) {
    return cleanTitles.get(a);
  }

  public int articleCount() {
    return cleanTexts.size();
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public Sentence sentence(int i) {
    return sentences.get(i);
  }

  public int size() {
    return sentences.size();
  }

  /** The TF-IDF vector of sentence {@code i}. */
  public SparseVector vector(int i) {
    return vectors[i];
  }

  /** The TF-IDF vector of article {@code a}'s cleaned headline (empty when it has none). */
  public SparseVector headlineVector(int a) {
    return headlines[a];
  }

  public TermDictionary dictionary() {
    return dictionary;
  }

  /** IDF of term id {@code t} over the cluster's sentences. */
  public float idf(int t) {
    return idf[t];
  }

  /**
   * The independent source article {@code a} belongs to: articles that are near-duplicates of
   * each other (syndicated copies) share one source number, so they count as one voice.
   */
  public int sourceOf(int a) {
    return sourceOf[a];
  }

  public NameVariantFinder.Result names() {
    return names;
  }

  /** What was wrong with the cluster's input but did not stop it (e.g. an article with no text). */
  public List<String> warnings() {
    return warnings;
  }
}
