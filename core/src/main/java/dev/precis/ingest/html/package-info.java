/**
 * HTML pages to articles: decoding the bytes with the right charset, parsing them with an HTML5
 * parser, reading the headline, date and canonical URL from the page's metadata, and extracting
 * the article body by scoring the page's text blocks.
 *
 * <p>The chain, composed in {@link dev.precis.ingest.html.HtmlArticleExtractor#extract}:
 * {@code HtmlDecoder} (bytes to text) then jsoup (text to DOM), {@code PageMetadataReader} (head
 * and JSON-LD), {@code BoilerplateRemover} (navigation, share bars, related links, comments),
 * {@code MainContentFinder} (the element holding the article) and {@code BlockTextWriter} (DOM
 * to paragraphs).
 */
package dev.precis.ingest.html;
