package dev.precis.ingest.html;

import java.util.List;

/**
 * A page cut into text blocks, with what the page says about itself and the features the
 * {@link BlockModel} reads for each block: what {@link HtmlArticleExtractor} decides on, exposed
 * so that a model can be trained and cross-validated on labelled pages.
 *
 * @param metadata the page's headline, date, byline, language, canonical URL and JSON-LD body
 * @param texts    each block's text, in document order
 * @param features each block's feature row ({@link BlockModel#featureNames()})
 * @param elements for each block, the pre-order number of the element holding it
 * @param parent   for each element number, its parent's number (-1 for the root)
 * @param debris   for each block, whether it is never article text wherever it sits (a list of
 *     links, an ad slot's label): left out whatever its chance
 */
public record PageBlocks(PageMetadata metadata, List<String> texts, float[][] features,
    int[] elements, int[] parent, boolean[] debris) {
  /** The probability from which a block is taken as article text. */
  public static final double THRESHOLD = 0.5;

  public PageBlocks {
    texts = List.copyOf(texts);
    if (features.length != texts.size()) {
      throw new IllegalArgumentException(texts.size() + " blocks but " + features.length + " rows");
    }
    if (elements.length != texts.size() || debris.length != texts.size()) {
      throw new IllegalArgumentException(texts.size() + " blocks but " + elements.length
          + " elements and " + debris.length + " debris marks");
    }
  }

  /**
   * The article body given each block's chance of being article text: the blocks at or over
   * {@link #THRESHOLD} that are not debris, in document order, separated by blank lines.
   */
  public String body(float[] chance) {
    if (chance.length != texts.size()) {
      throw new IllegalArgumentException(texts.size() + " blocks but " + chance.length + " chances");
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < chance.length; i++) {
      if (chance[i] < THRESHOLD || debris[i]) continue;
      if (b.length() > 0) b.append("\n\n");
      b.append(texts.get(i));
    }
    return b.toString();
  }
}
