package dev.precis;

import dev.precis.summarize.Budget;
import dev.precis.summarize.SelectionOptions;
import dev.precis.summarize.Summarizer;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one summary run is asked for: the one value the command line, the server and the
 * Spark job build and hand to {@link Precis#summarize(dev.precis.model.Cluster, SummaryRequest)}.
 * The defaults live here and nowhere else; a bad value is refused where the request is built, the
 * message naming the field and the value.
 *
 * <pre>{@code
 * SummaryRequest r = SummaryRequest.defaults().withMethod("centroid").withBudget(Budget.words(40));
 * }</pre>
 *
 * @param method     a method name as {@link Summarizer#names()} lists them
 * @param budget     the length limit, never exceeded
 * @param redundancy a sentence this similar (TF-IDF cosine) to one already chosen is skipped;
 *                   in (0, 1], 1 turns the check off
 * @param minWords   sentences shorter than this are skipped, unless nothing longer fits
 * @param order      the order of the chosen sentences
 * @param query      a topic to bias the summary toward (query-focused summarization), or empty
 * @param language   the ISO 639-1 code of the articles to keep, or {@value #ANY_LANGUAGE}
 * @param fill       add one sentence past an unfilled budget: for evaluation under a length cut
 *                   (ROUGE's {@code -l}); off for summaries people read
 */
public record SummaryRequest(String method, Budget budget, double redundancy, int minWords,
    SelectionOptions.Order order, Optional<String> query, String language, boolean fill) {
  public static final String DEFAULT_METHOD = "learned";
  public static final int DEFAULT_WORDS = 60;
  public static final double DEFAULT_REDUNDANCY = 0.5;
  public static final int DEFAULT_MIN_WORDS = 6;
  public static final String DEFAULT_LANGUAGE = "en";
  public static final String ANY_LANGUAGE = "any";

  public SummaryRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(language, "language");
    if (!Summarizer.names().contains(method)) {
      throw new IllegalArgumentException("method: unknown method '" + method + "'; known methods: "
          + String.join(", ", Summarizer.names()));
    }
    if (!(redundancy > 0 && redundancy <= 1)) {
      throw new IllegalArgumentException(
          "redundancy: must be in (0, 1] (1 turns the check off), got " + redundancy);
    }
    if (minWords < 0) {
      throw new IllegalArgumentException("min-words: must be 0 or more, got " + minWords);
    }
    if (!language.equals(ANY_LANGUAGE) && !language.matches("[a-z]{2}")) {
      throw new IllegalArgumentException("language: '" + language
          + "' is not an ISO 639-1 code; give e.g. 'en', 'de' or 'any'");
    }
    query = query.map(String::strip).filter(q -> !q.isEmpty());
  }

  /** The learned method, 60 words, redundancy 0.5, 6-word minimum, ranked order, English. */
  public static SummaryRequest defaults() {
    return new SummaryRequest(DEFAULT_METHOD, Budget.words(DEFAULT_WORDS), DEFAULT_REDUNDANCY,
        DEFAULT_MIN_WORDS, SelectionOptions.Order.RANK, Optional.empty(), DEFAULT_LANGUAGE, false);
  }

  public SummaryRequest withMethod(String m) {
    return new SummaryRequest(m, budget, redundancy, minWords, order, query, language, fill);
  }

  public SummaryRequest withBudget(Budget b) {
    return new SummaryRequest(method, b, redundancy, minWords, order, query, language, fill);
  }

  public SummaryRequest withRedundancy(double r) {
    return new SummaryRequest(method, budget, r, minWords, order, query, language, fill);
  }

  public SummaryRequest withMinWords(int n) {
    return new SummaryRequest(method, budget, redundancy, n, order, query, language, fill);
  }

  public SummaryRequest withOrder(SelectionOptions.Order o) {
    return new SummaryRequest(method, budget, redundancy, minWords, o, query, language, fill);
  }

  /** This request biased toward {@code q}; null or blank for none. */
  public SummaryRequest withQuery(String q) {
    return new SummaryRequest(method, budget, redundancy, minWords, order,
        Optional.ofNullable(q), language, fill);
  }

  public SummaryRequest withLanguage(String l) {
    return new SummaryRequest(method, budget, redundancy, minWords, order, query, l, fill);
  }

  public SummaryRequest withFill(boolean f) {
    return new SummaryRequest(method, budget, redundancy, minWords, order, query, language, f);
  }

  /** The selector's share of this request. */
  public SelectionOptions selection() {
    return new SelectionOptions(budget, redundancy, minWords, order, fill);
  }
}
