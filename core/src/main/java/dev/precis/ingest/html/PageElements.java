package dev.precis.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Every element of a tree, in document order, gathered by one plain walk: what
 * {@link Element#getAllElements()} gives, without the node iterator behind it, which costs
 * several times the walk on pages of thousands of elements.
 */
final class PageElements {
  private PageElements() {}

  /** {@code root} and every element under it, in document order. */
  static List<Element> of(Element root) {
    List<Element> out = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e) out.add(e);
    }, root);
    return out;
  }
}
