package dev.precis.represent;

import dev.precis.text.reading.SentenceFlags;

/**
 * One sentence of a cluster, with where it stands, what terms it has and what the reading rules
 * say of it. Immutable (its {@code terms} are owned by the cluster and not to be modified).
 *
 * @param index    its number among all the cluster's sentences
 * @param article  the 0-based index of its article
 * @param position its 0-based number within that article
 * @param start    first character in the article's cleaned text
 * @param end      one past its last character
 * @param text     the sentence: exactly {@code cleanText.substring(start, end)}
 * @param words    its length in words ({@link dev.precis.text.Words#count}, the unit of budgets)
 * @param terms    its analyzed term ids, in order (owned by the cluster; do not modify)
 * @param flags    the reading rules' flags and its dateline's end, computed once
 */
public record Sentence(int index, int article, int position, int start, int end, String text,
    int words, int[] terms, SentenceFlags flags) {}
