/**
 * Rendering a {@link dev.precis.model.Summary} for people and programs: plain text with [n]
 * citation markers, Markdown, and one JSON object per summary (written by
 * {@link dev.precis.ingest.JsonCodec}, the one JSON codec). Only JSON carries the summary's
 * warnings; text and Markdown are what a reader reads, and a command prints the warnings on
 * standard error instead, so they never mix with a summary.
 *
 * <p>The JSON schema (version 1), one object per line:
 * <pre>
 * {"schema": 1, "id": cluster id, "method": name, "summary": the sentences joined by spaces,
 *  "when": {"text": "Monday, January 6, 2020" (or the words as written when no date resolves them),
 *           "date": "2020-01-06" or "", "citation": {"source", "id", "start", "end"} of the words
 *           naming the day} (absent when no cited sentence names the event's day),
 *  "sentences": [{"text", "support", "score",
 *                 "citations": [{"source": n, "id": article id, "start", "end"}]}],
 *  "sources": [{"source": n, "id", "title", "url", "outlet", "date": its publication day or "", "same_story_as": n of the article it copies or 0,
 *               "text": the cleaned text that spans index}],
 *  "names": [{"name": canonical spelling, "variants": {spelling: article count}}],
 *  "warnings": [str]}
 * </pre>
 * Spans are half-open {@code [start, end)} UTF-16 offsets into the source's {@code text}.
 */
package dev.precis.render;
