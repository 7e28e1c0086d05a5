package dev.precis.ingest.html;

/**
 * The inline text directly inside one block element (a paragraph, a list item, a heading, the loose
 * text of a div), in document order.
 *
 * @param element   the pre-order number of the block element that owns the text
 * @param tag       that element's tag name
 * @param text      the text with whitespace collapsed
 * @param linkChars how many of its characters are inside links
 */
record TextBlock(int element, String tag, String text, int linkChars) {
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }
}
