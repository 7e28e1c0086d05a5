package dev.precis.eval.extraction;

import dev.precis.ingest.html.PageBlocks;
import java.util.Optional;

/**
 * One page of a benchmark folder: its expected body and metadata, and the page cut into blocks.
 *
 * @param set    the folder's name (e.g. {@code article-extraction})
 * @param id     the page's id in {@code ground-truth.json}
 * @param group  the site it comes from (the URL's host, else the id without a trailing number):
 *     cross-validation keeps a site's pages in one fold
 * @param truth  the expected body and metadata
 * @param blocks the page's blocks, or empty when it could not be read (then scored as empty)
 */
public record BenchmarkPage(String set, String id, String group, Truth truth,
    Optional<PageBlocks> blocks) {
  /** What the ground truth says of a page; absent fields are empty. */
  public record Truth(String body, String url, String title, String byline, String published,
      String lang) {}
}
