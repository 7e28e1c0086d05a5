package dev.precis.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sorting of candidates: by score, best first, ties broken by sentence index (determinism). */
final class Candidates {
  private Candidates() {}

  static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score)
      .reversed().thenComparingInt(Candidate::sentence);

  static List<Candidate> sorted(List<Candidate> candidates) {
    List<Candidate> out = new ArrayList<>(candidates);
    out.sort(BEST_FIRST);
    return out;
  }
}
