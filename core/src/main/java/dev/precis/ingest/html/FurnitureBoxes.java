package dev.precis.ingest.html;

import java.util.List;
import java.util.Locale;

/**
 * Finds the boxes of site furniture that read as prose: a market-data disclaimer, a
 * customer-service box, a copyright and terms footer. Such a box can hold more sentences than a
 * short article, so neither its length nor its punctuation tells it apart; its vocabulary does. A
 * box is an element whose text has at least 30 words, at least three different phrases of page
 * furniture and one such phrase per 25 words or more, and no paragraph of 20 words or more
 * without one (an article's own prose, which keeps an element wrapping article and box from being
 * taken for a box); never the page's root. Articles that mention privacy or subscriptions do not
 * come near that density.
 *
 * <p>The phrases are the generic vocabulary of site furniture in English, French, Spanish,
 * German and Portuguese; none names a site.
 */
final class FurnitureBoxes {
  private static final String[] PHRASES = {"\u00a9", "copyright", "all rights reserved",
    "rights reserved", "terms of use", "terms of service", "terms and conditions", "privacy",
    "cookie", "disclaimer", "subscri", "newsletter", "contact us", "can be contacted",
    "customer service", "service center", "service centre", "advertis", "sponsored",
    "provided by", "powered by", "sign up", "log in", "follow us", "tous droits",
    "derechos reservados", "alle rechte", "todos os direitos", "impressum", "datenschutz",
    "abonn", "suscr"};

  private FurnitureBoxes() {}

  /** How many furniture phrases {@code text} holds (every occurrence), and which (a bit each). */
  static long[] phrases(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    long count = 0;
    long kinds = 0;
    for (int p = 0; p < PHRASES.length; p++) {
      String phrase = PHRASES[p];
      for (int at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + phrase.length())) {
        count++;
        kinds |= 1L << p;
      }
    }
    return new long[] {count, kinds};
  }

  /**
   * For each block, whether it lies in a furniture box.
   *
   * @param words   each block's number of words
   * @param phrases each block's {@link #phrases}
   */
  static boolean[] of(BlockSplitter.Split split, int[] words, long[][] phrases) {
    List<TextBlock> blocks = split.blocks();
    int m = split.elements().size();
    int[] parent = split.parent();
    long[] w = new long[m];
    long[] c = new long[m];
    long[] kinds = new long[m];
    boolean[] cleanProse = new boolean[m];
    for (int i = 0; i < blocks.size(); i++) {
      int e = blocks.get(i).element();
      w[e] += words[i];
      c[e] += phrases[i][0];
      kinds[e] |= phrases[i][1];
      if (words[i] >= 20 && phrases[i][0] == 0) cleanProse[e] = true;
    }
    boolean[] box = new boolean[m];
    // children come after their parent in pre-order: walking backwards sees them first
    for (int e = m - 1; e > 0; e--) {
      box[e] = !cleanProse[e] && w[e] >= 30 && Long.bitCount(kinds[e]) >= 3 && c[e] * 25 >= w[e];
      int p = parent[e];
      if (p >= 0) {
        w[p] += w[e];
        c[p] += c[e];
        kinds[p] |= kinds[e];
        cleanProse[p] |= cleanProse[e];
      }
    }
    boolean[] in = new boolean[blocks.size()];
    for (int i = 0; i < in.length; i++) {
      for (int x = blocks.get(i).element(); x >= 0; x = parent[x]) {
        if (box[x]) {
          in[i] = true;
          break;
        }
      }
    }
    return in;
  }
}
