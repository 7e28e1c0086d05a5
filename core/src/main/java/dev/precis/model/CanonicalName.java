package dev.precis.model;

import java.util.Map;

/**
 * A name spelled differently across sources, with the spelling most sources use.
 *
 * @param name     the canonical (majority) spelling
 * @param variants every spelling seen, with the number of articles using it
 */
public record CanonicalName(String name, Map<String, Integer> variants) {
  public CanonicalName {
    variants = Map.copyOf(variants);
  }
}
