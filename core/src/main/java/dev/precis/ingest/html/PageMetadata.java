package dev.precis.ingest.html;

/**
 * What a page says about itself in its head and its JSON-LD. Absent fields are empty strings.
 *
 * @param title       the headline
 * @param date        the publication date as written (ISO-8601 on most sites)
 * @param url         the canonical URL (absolute), or empty
 * @param outlet      the site's name ({@code og:site_name} or the JSON-LD publisher)
 * @param articleBody the JSON-LD {@code articleBody}, or empty
 */
record PageMetadata(String title, String date, String url, String outlet, String articleBody) {}
