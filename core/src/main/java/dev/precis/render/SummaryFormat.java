package dev.precis.render;

import dev.precis.model.Summary;
import java.util.Arrays;
import java.util.Locale;

/** The output formats, by the names the command line takes. */
public enum SummaryFormat {
  TEXT, JSON, MD;

  /** The format called {@code name} ("text", "json", "md"), ignoring case. */
  public static SummaryFormat named(String name) {
    for (SummaryFormat f : values()) {
      if (f.name().equalsIgnoreCase(name)) return f;
    }
    throw new IllegalArgumentException("unknown format '" + name + "'; known formats: "
        + String.join(", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
  }

  /** {@code summary} in this format, ending with a newline. */
  public String render(Summary summary) {
    return switch (this) {
      case TEXT -> TextRenderer.render(summary);
      case JSON -> JsonRenderer.render(summary);
      case MD -> MarkdownRenderer.render(summary);
    };
  }
}
