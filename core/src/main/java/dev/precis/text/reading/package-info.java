/**
 * The reading rules: whether a sentence reads well out of its article (it leans on the sentence
 * before it, is a caption, a headline in title case, shouting, a quotation nobody says, a
 * fragment, ...) and whether it can open a summary as a news lead does. Each rule is a small class
 * of its own; {@link dev.precis.text.reading.SentenceFlags} applies them once to every sentence
 * of a cluster, and the sentence carries the flags from then on.
 */
package dev.precis.text.reading;
