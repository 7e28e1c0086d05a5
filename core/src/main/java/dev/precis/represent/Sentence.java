package dev.precis.represent;

/**
 * One sentence of a cluster, with where it stands and what terms it has.
 *
 * @param index    its number among all the cluster's sentences
 * @param article  the 0-based index of its article
 * @param position its 0-based number within that article
 * @param start    first character in the article's cleaned text
 * @param end      one past its last character
 * @param text     the sentence: exactly {@code cleanText.substring(start, end)}
 * @param words    its length in whitespace-separated words (the unit of word budgets)
 * @param terms    its analyzed term ids, in order (owned by the cluster; do not modify)
 */
public record Sentence(
    int index, int article, int position, int start, int end, String text, int words, int[] terms) {}
