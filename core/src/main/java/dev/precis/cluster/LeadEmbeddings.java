package dev.precis.cluster;

import dev.precis.represent.embed.SentenceEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeddings of articles' titles and leads, by the shipped {@link SentenceEncoder}, remembered
 * for runs that group the same articles many times (training, cross-validation): up to {@code
 * capacity} texts, the least recently used forgotten first. A vector depends on its text alone
 * (the encoder runs each text by itself), so a run that remembers gives the floats of one that
 * does not. Thread-safe.
 */
public final class LeadEmbeddings {
  private final SentenceEncoder encoder;
  private final Map<String, float[]> known;

  public LeadEmbeddings(int capacity) {
    this.encoder = SentenceEncoder.shared();
    this.known = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
        return size() > capacity;
      }
    };
  }

  synchronized float[][] encode(List<String> texts) {
    List<String> missing = new ArrayList<>();
    for (String t : texts) if (!known.containsKey(t) && !missing.contains(t)) missing.add(t);
    if (!missing.isEmpty()) {
      float[][] v = encoder.encode(missing);
      for (int i = 0; i < v.length; i++) known.put(missing.get(i), v[i]);
    }
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) out[i] = known.get(texts.get(i));
    return out;
  }
}
