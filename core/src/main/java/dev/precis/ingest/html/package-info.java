/**
 * HTML pages to articles: decoding the bytes with the right charset, parsing them with an HTML5
 * parser, reading the headline, byline, date, language and canonical URL from the page's
 * metadata, and finding the article body with a learned block classifier.
 *
 * <p>The chain, composed in {@link dev.precis.ingest.html.HtmlArticleExtractor#blocks} and
 * {@code extract}: {@code HtmlDecoder} (bytes to text) then jsoup (text to DOM),
 * {@code PageMetadataReader} (head, JSON-LD, author markup), {@code BoilerplateRemover}
 * (navigation, share bars, related links, comments), {@code BlockSplitter} (the DOM to text
 * blocks), {@code FurnitureBoxes} (disclaimers and service boxes that read as prose),
 * {@code BlockFeatures} (each block's numbers, with Readability's candidate scores from
 * {@code ReadabilityScores} and the rule-based {@code MainContentFinder}'s pick among them), then
 * {@link dev.precis.ingest.html.BlockModel} (two looks of gradient-boosted trees, walked by
 * {@code GradientTrees}; the second reads the first's chances around each block through
 * {@code BlockContext}) and {@link dev.precis.ingest.html.PageBlocks#body} (the blocks taken, in
 * document order).
 */
package dev.precis.ingest.html;
