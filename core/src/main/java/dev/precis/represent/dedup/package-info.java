/**
 * Near-duplicate articles: syndicated copies and re-posts of one story, found by MinHash over word
 * shingles, so that a story told by forty sites counts as one source with forty links.
 */
package dev.precis.represent.dedup;
