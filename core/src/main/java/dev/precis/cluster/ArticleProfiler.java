package dev.precis.cluster;

import dev.precis.represent.dedup.NearDuplicateGrouper;
import dev.precis.model.Article;
import dev.precis.text.DebrisRemover;
import dev.precis.text.TermAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link ArticleProfile}s in stream order, learning document frequencies over the stream
 * so far: an article's IDF weights count the articles before it and itself. Terms and names are
 * hashed into {@value #BUCKETS} buckets, so memory does not grow with the stream's vocabulary.
 * Not thread-safe: one profiler serves one stream.
 */
final class ArticleProfiler {
  static final int BUCKETS = 1 << 20;
  /** A title's terms count this many times a body's in the title-and-body vector. */
  static final int TITLE_WEIGHT = 3;
  /** Words of the body embedded with the title. */
  static final int LEAD_WORDS = 25;
  private static final Pattern NAME_RUN =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*");
  private static final java.util.Set<String> NOT_NAMES = java.util.Set.of(
      "the", "a", "an", "and", "or", "but", "in", "on", "at", "to", "for", "of", "by", "with",
      "from", "as", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these",
      "those", "his", "her", "their", "our", "there", "here", "when", "what", "who", "why", "how",
      "after", "before", "if", "while", "so", "no", "not", "new", "more", "mr.", "mrs.", "ms.",
      "dr.", "said", "says", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "is", "was", "are", "will", "be", "has", "have", "one", "two", "all", "some");

  private final TermAnalyzer analyzer = new TermAnalyzer();
  private final DebrisRemover remover = new DebrisRemover();
  private final java.util.function.Function<List<String>, float[][]> encoder;
  private final int[] termDf = new int[BUCKETS];
  private final int[] nameDf = new int[BUCKETS];
  private long documents;
  private final java.util.concurrent.atomic.LongAdder embedded = new java.util.concurrent.atomic.LongAdder();

  /** @param encoder embeds a batch of leads, or null for no embeddings */
  ArticleProfiler(java.util.function.Function<List<String>, float[][]> encoder) {
    this.encoder = encoder;
  }

  /**
   * What of one article needs no other article: its cleaned terms counted (title and body; title
   * alone), names, MinHash signature and the lead to embed. Made by {@link #read}, which any
   * thread may call while another profiles: the part of grouping that can run ahead of it.
   */
  static final class Read {
    final boolean empty;
    final int[][] counted;
    final int[][] titleCounted;
    final int[] names;
    final long[] signature;
    final String lead;
    /** The embedding of {@link #lead} when it was computed with the read, else null. */
    final float[] embedding;

    Read(boolean empty, int[][] counted, int[][] titleCounted, int[] names, long[] signature,
        String lead, float[] embedding) {
      this.empty = empty;
      this.counted = counted;
      this.titleCounted = titleCounted;
      this.names = names;
      this.signature = signature;
      this.lead = lead;
      this.embedding = embedding;
    }
  }

  /** The reads of {@code articles}, in order, their embeddings left to the grouping; thread-safe. */
  List<Read> read(List<Article> articles) {
    return read(articles, false);
  }

  /**
   * The reads of {@code articles}, in order; thread-safe. With {@code embed}, every lead is
   * embedded here, in one batch on the calling thread (for a caller with cores to spare ahead of
   * the grouping thread: the vectors are the ones the grouping would compute, a vector depending
   * on its text alone); else only the articles a join decision needs are embedded, while grouping.
   */
  List<Read> read(List<Article> articles, boolean embed) {
    // Page furniture (a Twitter widget's help, an archive's crawl notice, prompts, credits) is no
    // one event's news: it is cleaned away first, as the summarizer cleans it.
    List<Read> out = new ArrayList<>(articles.size());
    for (Article original : articles) {
      DebrisRemover.Cleaned c = remover.clean(List.of(original.title()), List.of(original.text())).get(0);
      Article a = new Article(original.id(), remover.cleanTitle(original.title()), c.text());
      if (a.title().isBlank() && a.text().isBlank()) {
        out.add(new Read(true, null, null, null, null, null, null));
        continue;
      }
      int[] title = analyzer.termHashes(a.title());
      int[] body = analyzer.termHashes(a.text());
      int[] all = new int[title.length * TITLE_WEIGHT + body.length];
      for (int r = 0; r < TITLE_WEIGHT; r++) {
        for (int i = 0; i < title.length; i++) all[r * title.length + i] = title[i] & (BUCKETS - 1);
      }
      for (int i = 0; i < body.length; i++) all[title.length * TITLE_WEIGHT + i] = body[i] & (BUCKETS - 1);
      for (int i = 0; i < title.length; i++) title[i] &= BUCKETS - 1;
      out.add(new Read(false, counts(all), counts(title), names(a.title() + "\n" + a.text()),
          NearDuplicateGrouper.signature(a.text()), encoder == null ? null : lead(a), null));
    }
    if (!embed || encoder == null) return out;
    List<String> leads = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int k = 0; k < out.size(); k++) {
      if (out.get(k).lead == null) continue;
      leads.add(out.get(k).lead);
      at.add(k);
    }
    if (leads.isEmpty()) return out;
    float[][] vectors = encoder.apply(leads);
    for (int i = 0; i < vectors.length; i++) {
      Read r = out.get(at.get(i));
      out.set(at.get(i), new Read(false, r.counted, r.titleCounted, r.names, r.signature, r.lead,
          vectors[i]));
    }
    embedded.add(vectors.length);
    return out;
  }

  /**
   * Computes the embeddings of those of {@code profiles} that need one, in one batch. A vector
   * depends on its text alone, so when it is computed does not change it.
   */
  void embed(List<ArticleProfile> profiles) {
    // A profile is one article: the same object, however many events' member lists name it.
    java.util.Set<ArticleProfile> distinct =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<ArticleProfile> missing = new ArrayList<>();
    for (ArticleProfile p : profiles) if (p.needsEmbedding() && distinct.add(p)) missing.add(p);
    if (missing.isEmpty()) return;
    List<String> leads = new ArrayList<>(missing.size());
    for (ArticleProfile p : missing) leads.add(p.lead);
    float[][] vectors = encoder.apply(leads);
    for (int i = 0; i < vectors.length; i++) missing.get(i).embedded(vectors[i]);
    embedded.add(missing.size());
  }

  /** How many articles have been embedded so far (for monitoring the lazy embedding). */
  long embedded() {
    return embedded.sum();
  }

  /** Profiles of {@code articles}, the next of the stream, from {@code firstIndex} on. */
  List<ArticleProfile> profile(List<Article> articles, List<Long> days, long firstIndex) {
    return profile(articles, read(articles), days, firstIndex);
  }

  /**
   * Profiles of {@code articles}, the next of the stream, from {@code firstIndex} on, from their
   * {@code reads}: the weights by the document frequencies of the stream so far.
   */
  List<ArticleProfile> profile(List<Article> articles, List<Read> reads, List<Long> days,
      long firstIndex) {
    List<ArticleProfile> out = new ArrayList<>(articles.size());
    for (int k = 0; k < articles.size(); k++) {
      Read r = reads.get(k);
      if (r.empty) {
        out.add(ArticleProfile.empty(articles.get(k), firstIndex + k, days.get(k)));
        continue;
      }
      documents++;
      countDocument(termDf, r.counted[0]);
      float[] weights = unit(r.counted, termDf);
      float[] titleWeights = unit(r.titleCounted, termDf);
      countDocument(nameDf, r.names);
      float[] nameWeights = new float[r.names.length];
      for (int i = 0; i < r.names.length; i++) nameWeights[i] = idf(nameDf[r.names[i]]);
      out.add(new ArticleProfile(articles.get(k), firstIndex + k, days.get(k), r.counted[0],
          weights, r.titleCounted[0], titleWeights, r.lead, r.embedding, r.signature, r.names,
          nameWeights));
    }
    return out;
  }

  /** The IDF of a term with document frequency {@code df} over the stream so far. */
  float idf(int df) {
    return (float) (Math.log((documents + 1.0) / (df + 1.0)) + 1);
  }

  /** Title and the first {@value #LEAD_WORDS} words of the body: what is embedded. */
  static String lead(Article a) {
    String text = a.text();
    int words = 0;
    int end = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length() && words <= LEAD_WORDS; i++) {
      boolean letter = !Character.isWhitespace(text.charAt(i));
      if (letter && !inWord) words++;
      inWord = letter;
      if (words <= LEAD_WORDS) end = i + 1;
    }
    String body = text.substring(0, end).strip();
    if (a.title().isBlank()) return body;
    return a.title().strip() + ". " + body;
  }

  /**
   * Hashed tokens of proper-name runs: capitalized words, a run's words each, leaving out a
   * single capitalized word that opens a sentence and function words ("The", "But").
   */
  static int[] names(String text) {
    Matcher m = NAME_RUN.matcher(text);
    int[] out = new int[16];
    int n = 0;
    while (m.find()) {
      String run = m.group();
      String[] words = run.split("\\s+");
      boolean opensSentence = opensSentence(text, m.start());
      if (words.length == 1 && opensSentence) continue;
      for (String w : words) {
        String key = w.toLowerCase(java.util.Locale.ROOT).replaceAll("['’]s$", "");
        if (key.length() < 2 || NOT_NAMES.contains(key)) continue;
        if (n == out.length) out = Arrays.copyOf(out, n * 2);
        int h = key.hashCode() * 0x9E3779B9;
        out[n++] = (h ^ (h >>> 15)) & (BUCKETS - 1);
      }
    }
    int[] distinct = Arrays.copyOf(out, n);
    Arrays.sort(distinct);
    int d = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (d == 0 || distinct[d - 1] != distinct[i]) distinct[d++] = distinct[i];
    }
    return Arrays.copyOf(distinct, d);
  }

  private static boolean opensSentence(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '\'' || c == '‘') continue;
      return c == '.' || c == '!' || c == '?' || c == ':';
    }
    return true;
  }

  /** Distinct sorted buckets and their counts. */
  private static int[][] counts(int[] buckets) {
    int[] sorted = buckets.clone();
    Arrays.sort(sorted);
    int[] ids = new int[sorted.length];
    int[] counts = new int[sorted.length];
    int n = 0;
    for (int b : sorted) {
      if (n > 0 && ids[n - 1] == b) {
        counts[n - 1]++;
      } else {
        ids[n] = b;
        counts[n++] = 1;
      }
    }
    return new int[][] {Arrays.copyOf(ids, n), Arrays.copyOf(counts, n)};
  }

  private static void countDocument(int[] df, int[] distinct) {
    for (int b : distinct) df[b]++;
  }

  /** Unit TF-IDF weights (log-scaled term frequency) of counted buckets. */
  private float[] unit(int[][] counted, int[] df) {
    int[] ids = counted[0];
    float[] w = new float[ids.length];
    double norm = 0;
    for (int i = 0; i < ids.length; i++) {
      w[i] = (float) ((1 + Math.log(counted[1][i])) * idf(df[ids[i]]));
      norm += (double) w[i] * w[i];
    }
    if (norm > 0) {
      float inv = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < w.length; i++) w[i] *= inv;
    }
    return w;
  }
}
