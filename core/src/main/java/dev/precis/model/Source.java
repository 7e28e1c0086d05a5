package dev.precis.model;

/**
 * An article as listed under a summary.
 *
 * @param number      its number: the [n] of the citations
 * @param id          its id
 * @param title       its headline without debris, or "" when it has none
 * @param url         where it came from, or ""
 * @param outlet      the publication, or "" when unknown
 * @param cleanText   the cleaned text that citation spans index
 * @param sameStoryAs the number of the first article it is a near-duplicate of (a syndicated
 *                    copy or re-post, which counts with it as one source), or 0 if none
 */
public record Source(
    int number, String id, String title, String url, String outlet, String cleanText, int sameStoryAs) {}
