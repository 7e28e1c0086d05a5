/**
 * Text: from an article as read to clean paragraphs, sentences with exact character spans, and
 * analyzed terms. Each stage is one small class; {@link dev.precis.text.ArticleTextPipeline}
 * composes them.
 */
package dev.precis.text;
