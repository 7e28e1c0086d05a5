package dev.precis.render;

import dev.precis.ingest.JsonCodec;
import dev.precis.model.Summary;

/** One JSON object per summary, on one line, in the schema of this package's documentation. */
final class JsonRenderer {
  static final int SCHEMA = JsonCodec.SUMMARY_SCHEMA;

  private JsonRenderer() {}

  static String render(Summary s) {
    return JsonCodec.write(s) + "\n";
  }
}
