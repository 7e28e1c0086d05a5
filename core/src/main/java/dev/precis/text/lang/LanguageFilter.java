package dev.precis.text.lang;

import dev.precis.model.Article;
import dev.precis.model.Cluster;
import dev.precis.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps the articles of a cluster that are in the wanted language. Each article is tagged with
 * its detected language (where the source did not say); an article the detector is unsure of is
 * kept; one confidently in another language is reported and left out.
 */
public final class LanguageFilter {
  /** The value that keeps every language. */
  public static final String ANY = "any";

  private final LanguageDetector detector;
  private final String wanted;

  /**
   * @param wanted an ISO 639-1 code such as "en", or {@link #ANY}
   * @throws IllegalArgumentException for anything else, quoting it
   */
  public LanguageFilter(LanguageDetector detector, String wanted) {
    if (!wanted.equals(ANY) && !wanted.matches("[a-z]{2}")) {
      throw new IllegalArgumentException("language '" + wanted
          + "' is not an ISO 639-1 code; give e.g. 'en', 'de' or 'any'");
    }
    this.detector = detector;
    this.wanted = wanted;
  }

  /** The cluster with its articles tagged and filtered, or empty if none is left. */
  public Optional<Cluster> filter(Cluster cluster, Consumer<Problem> problems) {
    List<Article> kept = new ArrayList<>();
    for (Article a : cluster.articles()) {
      Article tagged = a.lang().isEmpty() ? a.withLang(detector.detect(a.title() + "\n" + a.text())) : a;
      if (wanted.equals(ANY) || tagged.lang().isEmpty() || tagged.lang().equals(wanted)) {
        kept.add(tagged);
      } else {
        problems.accept(new Problem("cluster " + cluster.id() + " article " + a.id(),
            "in '" + tagged.lang() + "', not '" + wanted + "'; left out (--lang any keeps it)"));
      }
    }
    if (kept.isEmpty()) return Optional.empty();
    return Optional.of(new Cluster(cluster.id(), kept, cluster.references()));
  }
}
