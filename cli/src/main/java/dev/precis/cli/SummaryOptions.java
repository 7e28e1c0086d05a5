package dev.precis.cli;

import dev.precis.SummaryRequest;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SelectionOptions;
import dev.precis.summarize.Summarizer;
import java.util.Iterator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options of a {@link SummaryRequest}, shared by every command that summarizes (summarize,
 * events, serve): one place for their names and help, their defaults taken from {@link
 * SummaryRequest#defaults()} (so --help shows the library's), and the request built and validated
 * by the record itself.
 */
final class SummaryOptions {
  private static final SummaryRequest DEFAULTS = SummaryRequest.defaults();

  @Option(names = {"-m", "--method"}, paramLabel = "M",
      description = "Summarization method: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE},"
          + " which measures best; centroid is about 100 times faster).",
      completionCandidates = MethodNames.class)
  String method = DEFAULTS.method();

  @ArgGroup(exclusive = true)
  Length length = new Length();

  /** One budget, in one unit. */
  static final class Length {
    @Option(names = {"-w", "--words"}, paramLabel = "N",
        description = "At most N words (default: " + SummaryRequest.DEFAULT_WORDS + ").")
    int words = DEFAULTS.budget().amount();

    @Option(names = {"-s", "--sentences"}, paramLabel = "N", description = "At most N sentences.")
    Integer sentences;

    @Option(names = "--chars", paramLabel = "N", description = "At most N characters.")
    Integer chars;

    Budget budget() {
      if (sentences != null) return Budget.sentences(sentences);
      if (chars != null) return Budget.characters(chars);
      return Budget.words(words);
    }
  }

  @Option(names = "--order", paramLabel = "O",
      description = "Sentence order: ${COMPLETION-CANDIDATES}; rank puts the most central first,"
          + " reading keeps the sources' order (default: ${DEFAULT-VALUE}).",
      completionCandidates = EnumNames.Orders.class, converter = EnumNames.Orders.class)
  SelectionOptions.Order order = DEFAULTS.order();

  @Option(names = "--redundancy", paramLabel = "X",
      description = "Skip a sentence this similar (TF-IDF cosine) to one already chosen"
          + " (default: ${DEFAULT-VALUE}).")
  double redundancy = DEFAULTS.redundancy();

  @Option(names = "--min-words", paramLabel = "N",
      description = "Skip sentences shorter than N words (default: ${DEFAULT-VALUE}).")
  int minWords = DEFAULTS.minWords();

  @Option(names = "--query", paramLabel = "TEXT",
      description = "Bias the summary toward a topic (query-focused summarization). Without it, a"
          + " JSONL cluster's own 'query' (or 'topic') field is its topic.")
  String query;

  @Option(names = "--lang", paramLabel = "CODE",
      description = "Keep articles in this language (ISO 639-1; articles the detector is unsure of"
          + " are kept), or '" + SummaryRequest.ANY_LANGUAGE + "' (default: ${DEFAULT-VALUE}).")
  String lang = DEFAULTS.language();

  /** The request these options give, validated by {@link SummaryRequest}. */
  SummaryRequest request() {
    return DEFAULTS.withMethod(method).withBudget(length.budget()).withRedundancy(redundancy)
        .withMinWords(minWords).withOrder(order).withQuery(query).withLanguage(lang);
  }

  /** The method names, for --help and shell completion. */
  static final class MethodNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Summarizer.names().iterator();
    }
  }
}
