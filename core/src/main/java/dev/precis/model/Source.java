package dev.precis.model;

/**
 * An article as listed under a summary: its number (the [n] of the citations), id, headline, url
 * and cleaned text (the text that citation spans index).
 */
public record Source(int number, String id, String title, String url, String cleanText) {}
