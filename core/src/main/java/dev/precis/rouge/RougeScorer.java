package dev.precis.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a system summary against reference summaries with the numbers of the ROUGE-1.5.5 Perl
 * script: the same tokens, stems, stop words, length limits, clipping, union LCS, rounding to
 * 5 decimals, and averaging over references ({@code -f A}) or best reference ({@code -f B}).
 * It agrees with the script to within 0.00001 on the conformance fixtures, quirks included
 * (see {@link RougeTextReader}, {@link RougeTokenizer}, {@link UnionLcsMatcher}), among them one
 * of ROUGE-W: with references summed, the script raises each reference's already weighted
 * length to the weight once more.
 *
 * <p>Thread-safe; one scorer may serve many threads.
 */
public final class RougeScorer {
  private final RougeOptions options;
  private final RougeTextReader reader;
  private final RougeTokenizer tokenizer;

  /** A scorer for these options, with the stop words and WordNet exceptions shipped here. */
  public RougeScorer(RougeOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("ROUGE options are null: use RougeOptions.parse(\"\")");
    }
    this.options = options;
    this.reader = new RougeTextReader(options.wordLimit(), options.byteLimit());
    this.tokenizer = new RougeTokenizer(
        RougeLexicon.shared(), options.stem(), options.removeStopWords());
  }

  /** The options this scorer was made with. */
  public RougeOptions options() {
    return options;
  }

  /**
   * Scores one system summary.
   *
   * @param system     the summary's sentences (one per line, as ROUGE reads them); empty
   *     strings are skipped
   * @param references each reference summary as its sentences
   * @return a score for every metric of {@link RougeOptions#metrics()}; an empty summary or no
   *     references give zeros, never NaN
   * @throws IllegalArgumentException when a list or a sentence is null
   */
  public RougeScores score(List<String> system, List<List<String>> references) {
    checkSentences("system summary", system);
    if (references == null) {
      throw new IllegalArgumentException("references are null: pass a list of references");
    }
    for (int r = 0; r < references.size(); r++) {
      checkSentences("reference " + (r + 1), references.get(r));
    }
    Map<String, Integer> ids = new HashMap<>();
    Text peer = read(system, ids);
    List<Text> models = new ArrayList<>();
    for (List<String> reference : references) {
      models.add(read(reference, ids));
    }
    int vocabulary = ids.size();

    Map<String, Prf> scores = new LinkedHashMap<>();
    if (options.maxN() > 0) {
      int[][] texts = new int[models.size() + 1][];
      texts[0] = peer.tokens;
      for (int r = 0; r < models.size(); r++) {
        texts[r + 1] = models.get(r).tokens;
      }
      long[][][] grams = GramCounter.ngrams(texts, options.maxN());
      for (int n = 1; n <= options.maxN(); n++) {
        List<Tally> tallies = new ArrayList<>();
        for (int r = 0; r < models.size(); r++) {
          tallies.add(countTally(grams[n - 1][r + 1], grams[n - 1][0]));
        }
        scores.put("ROUGE-" + n, combine(tallies, Double.NaN));
      }
    }
    if (options.lcs()) {
      scores.put("ROUGE-L", lcs(peer, models, vocabulary, Double.NaN));
    }
    if (options.wlcs()) {
      scores.put("ROUGE-W-" + options.weightLabel(),
          lcs(peer, models, vocabulary, options.weight()));
    }
    if (options.skipBigrams()) {
      String d = options.skipDistance() < 0 ? "*" : Integer.toString(options.skipDistance());
      RougeOptions.SkipUnigrams mode = options.skipUnigrams();
      if (mode != RougeOptions.SkipUnigrams.ONLY_WITH_UNIGRAMS) {
        scores.put("ROUGE-S" + d, skipBigrams(peer, models, false));
      }
      if (mode != RougeOptions.SkipUnigrams.NO) {
        scores.put("ROUGE-SU" + d, skipBigrams(peer, models, true));
      }
    }
    return new RougeScores(scores);
  }

  private static void checkSentences(String what, List<String> sentences) {
    if (sentences == null) {
      throw new IllegalArgumentException(what + " is null: pass a list of sentences");
    }
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i) == null) {
        throw new IllegalArgumentException(
            what + ", sentence " + (i + 1) + " is null: pass \"\" for an empty sentence");
      }
    }
  }

  /** One summary as ROUGE sees it: the joined text's tokens and, for ROUGE-L/W, its units. */
  private record Text(int[] tokens, int[][] units) {
  }

  private Text read(List<String> sentences, Map<String, Integer> ids) {
    List<String> lines = RougeTextReader.lines(sentences);
    int[] tokens = tokenizer.tokens(reader.joined(lines), ids);
    int[][] units = new int[0][];
    if (options.lcs() || options.wlcs()) {
      List<String> kept = reader.units(lines);
      units = new int[kept.size()][];
      for (int i = 0; i < units.length; i++) {
        units[i] = tokenizer.tokens(kept.get(i), ids);
      }
    }
    return new Text(tokens, units);
  }

  /**
   * What one reference contributes: hits, reference count, system count, and the score that
   * picks the best reference under {@code -f B}.
   */
  private record Tally(double hits, double modelCount, double peerCount, double score) {
  }

  private static Tally countTally(long[] model, long[] peer) {
    int hits = GramCounter.clippedHits(model, peer);
    double score = model.length != 0 ? round5((double) hits / model.length) : 0;
    return new Tally(hits, model.length, peer.length, score);
  }

  private Prf skipBigrams(Text peer, List<Text> models, boolean unigrams) {
    int d = options.skipDistance();
    GramCounter.GramTable peerGrams = GramCounter.skipBigrams(peer.tokens, d, unigrams);
    List<Tally> tallies = new ArrayList<>();
    for (Text model : models) {
      int hits = GramCounter.skipBigramHits(model.tokens, d, unigrams, peerGrams);
      double count = GramCounter.skipBigramCount(model.tokens.length, d, unigrams);
      double score = count != 0 ? round5(hits / count) : 0;
      tallies.add(new Tally(hits, count, peerGrams.size(), score));
    }
    return combine(tallies, Double.NaN);
  }

  private Prf lcs(Text peer, List<Text> models, int vocabulary, double weight) {
    boolean weighted = !Double.isNaN(weight);
    int[] peerCounts = counts(peer.tokens, vocabulary);
    List<Tally> tallies = new ArrayList<>();
    for (Text model : models) {
      double[] hitsAndBase = UnionLcsMatcher.match(model.units, peer.units,
          counts(model.tokens, vocabulary), peerCounts.clone(), weight);
      double hits = hitsAndBase[0];
      double base = hitsAndBase[1];
      if (weighted) {
        double score = base > 0 ? Math.pow(hits / base, 1 / weight) : 0;
        tallies.add(new Tally(hits, Math.pow(base, weight),
            Math.pow(peer.tokens.length, weight), score));
      } else {
        tallies.add(new Tally(hits, base, peer.tokens.length, base > 0 ? hits / base : 0));
      }
    }
    return combine(tallies, weight);
  }

  private static int[] counts(int[] tokens, int vocabulary) {
    int[] counts = new int[vocabulary];
    for (int token : tokens) {
      counts[token]++;
    }
    return counts;
  }

  /** Sums the references ({@code -f A}) or keeps the first best one ({@code -f B}). */
  private Prf combine(List<Tally> tallies, double weight) {
    double hits = 0;
    double modelCount = 0;
    double peerCount = 0;
    double best = -1;
    for (Tally t : tallies) {
      if (!options.bestReference()) {
        hits += t.hits;
        modelCount += t.modelCount;
        peerCount += t.peerCount;
      } else if (t.score > best) {
        best = t.score;
        hits = t.hits;
        modelCount = t.modelCount;
        peerCount = t.peerCount;
      }
    }
    double recall = modelCount != 0 ? round5(unweigh(hits / modelCount, weight)) : 0;
    double precision = peerCount != 0 ? round5(unweigh(hits / peerCount, weight)) : 0;
    double alpha = options.alpha();
    double denominator = (1 - alpha) * precision + alpha * recall;
    double f = denominator > 0 ? round5(precision * recall / denominator) : 0;
    return new Prf(recall, precision, f);
  }

  private static double unweigh(double ratio, double weight) {
    return Double.isNaN(weight) ? ratio : Math.pow(ratio, 1 / weight);
  }

  /** Rounds as Perl's {@code sprintf("%7.5f")} does: the exact binary value, ties to even. */
  static double round5(double value) {
    return new BigDecimal(value).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
  }
}
