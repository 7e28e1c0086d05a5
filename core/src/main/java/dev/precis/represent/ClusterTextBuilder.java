package dev.precis.represent;

import dev.precis.model.Article;
import dev.precis.cluster.dedup.NearDuplicateGrouper;
import dev.precis.model.Cluster;
import dev.precis.text.BoilerplateRemover;
import dev.precis.text.NameVariantFinder;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.Span;
import dev.precis.text.TermAnalyzer;
import java.util.ArrayList;
import dev.precis.represent.embed.SentenceEncoder;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the text stages over a cluster and builds its {@link ClusterText}: boilerplate removal,
 * sentence splitting, analysis into interned terms, TF-IDF, name spellings, and near-duplicate
 * articles (syndicated copies count as one source). Thread-safe.
 */
public final class ClusterTextBuilder {
  /** Articles longer than this many characters are cut, with a warning. */
  public static final int MAX_ARTICLE_CHARS = 200_000;

  private final BoilerplateRemover boilerplate;
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
    this(new BoilerplateRemover(), new SentenceSplitter(), new TermAnalyzer(),
        new NameVariantFinder(), new NearDuplicateGrouper(), SentenceEncoder::shared);
  }

  public ClusterTextBuilder(BoilerplateRemover boilerplate, SentenceSplitter splitter,
      TermAnalyzer analyzer, NameVariantFinder names, NearDuplicateGrouper duplicates,
      Supplier<SentenceEncoder> encoder) {
    this.encoder = encoder;
    this.boilerplate = boilerplate;
    this.splitter = splitter;
    this.analyzer = analyzer;
    this.names = names;
    this.duplicates = duplicates;
  }

  public ClusterText build(Cluster cluster) {
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
    for (BoilerplateRemover.Cleaned c : boilerplate.clean(titles, texts)) clean.add(c.text());

    TermDictionary dictionary = new TermDictionary();
    List<Sentence> sentences = new ArrayList<>();
    for (int a = 0; a < clean.size(); a++) {
      String text = clean.get(a);
      if (text.isBlank()) {
        warnings.add("article " + cluster.articles().get(a).id() + ": no text after removing "
            + "boilerplate");
        continue;
      }
      int position = 0;
      for (Span s : splitter.split(text)) {
        String sentence = s.of(text);
        int[] terms = analyzer.termIds(sentence, dictionary);
        sentences.add(new Sentence(sentences.size(), a, position++, s.start(), s.end(), sentence,
            wordCount(sentence), terms));
      }
    }
    float[] idf = idf(sentences, dictionary.size());
    SparseVector[] vectors = new SparseVector[sentences.size()];
    for (int i = 0; i < vectors.length; i++) {
      vectors[i] = SparseVector.ofTerms(sentences.get(i).terms(), idf);
    }
    List<String> cleanTitles = new ArrayList<>();
    for (String t : titles) cleanTitles.add(boilerplate.cleanTitle(t));
    SparseVector[] headlines = new SparseVector[clean.size()];
    for (int a = 0; a < headlines.length; a++) {
      int[] ids = analyzer.terms(cleanTitles.get(a)).stream().mapToInt(dictionary::id)
          .filter(id -> id >= 0).toArray();
      headlines[a] = SparseVector.ofTerms(ids, idf);
    }
    int[] sourceOf = new int[clean.size()];
    for (List<Integer> group : duplicates.group(cluster.articles())) {
      for (int a : group) sourceOf[a] = group.get(0);
    }
    return new ClusterText(cluster, cleanTitles, clean, sentences, dictionary, idf, vectors, headlines, sourceOf,
        names.find(clean), warnings, encoder);
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

  static int wordCount(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i));
      if (!ws && !in) n++;
      in = !ws;
    }
    return n;
  }
}
