package dev.precis.ingest.html;

/**
 * The inline text directly inside one block element (a paragraph, a list item, a heading, the loose
 * text of a div), in document order.
 *
 * @param element   the pre-order number of the block element that owns the text
 * @param tag       that element's tag name
 * @param text      the text with whitespace collapsed
 * @param linkChars how many of its characters are inside links
 * @param leadingLinkChars how many characters the link that opens the block has (0 when the block
 *     does not open with a link): teasers of other stories open with their headline's link
 * @param excerpt   whether the block is the cut-off summary of another page: it ends in an
 *     ellipsis and follows (or opens with) that page's linked headline
 */
record TextBlock(
    int element, String tag, String text, int linkChars, int leadingLinkChars, boolean excerpt) {
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }
}
