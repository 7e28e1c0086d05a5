package dev.precis.spark;

import dev.precis.EventRequest;
import dev.precis.SummaryRequest;
import dev.precis.cluster.EventOptions;
import dev.precis.summarize.Budget;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the executors need to build the run's {@link EventRequest} (core's requests are not
 * Serializable): the summary method, its word budget and language, and the day after which a
 * date is in the future, fixed on the driver so that every executor judges dates alike.
 */
record EventSettings(String method, int words, String lang, LocalDate today) implements Serializable {
  /** The request each day's events are grouped and summarized with; validated here. */
  EventRequest request() {
    SummaryRequest summary = SummaryRequest.defaults().withMethod(method)
        .withBudget(Budget.words(words)).withLanguage(lang);
    return EventRequest.defaults().withSummary(summary)
        .withGrouping(EventOptions.defaults().withToday(today));
  }
}
