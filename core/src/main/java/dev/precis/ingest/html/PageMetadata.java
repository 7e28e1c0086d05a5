package dev.precis.ingest.html;

/**
 * What a page says about itself in its head, its JSON-LD and its markup. Absent fields are empty
 * strings.
 *
 * @param title       the headline
 * @param date        the publication date as written (ISO-8601 on most sites)
 * @param url         the canonical URL (absolute), or empty
 * @param outlet      the site's name ({@code og:site_name} or the JSON-LD publisher)
 * @param articleBody the JSON-LD {@code articleBody}, or empty
 * @param byline      the author's name as the page gives it (JSON-LD author, author meta tag,
 *     {@code rel=author} or {@code itemprop=author}), or empty
 * @param lang        the language the page declares ({@code <html lang>}), or empty
 */
public record PageMetadata(String title, String date, String url, String outlet,
    String articleBody, String byline, String lang) {}
