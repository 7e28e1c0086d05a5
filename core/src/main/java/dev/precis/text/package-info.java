/**
 * Text: from an article as read to clean paragraphs ({@link dev.precis.text.DebrisRemover}),
 * sentences with exact character spans ({@link dev.precis.text.SentenceSplitter}), analyzed
 * terms, time expressions and the one word count ({@link dev.precis.text.Words}). The reading
 * rules that flag a sentence are in {@code text.reading}, languages in {@code text.lang}. Text
 * depends on nothing of the pipeline after it.
 */
package dev.precis.text;
