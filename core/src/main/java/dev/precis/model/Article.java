package dev.precis.model;

import java.util.Objects;

/**
 * One news article as read from a source. Absent fields are empty strings, never null.
 *
 * @param id    stable identifier within its cluster (a file name, a JSONL index, a WARC record id)
 * @param title the headline, or empty
 * @param text  the body text as read (boilerplate is removed later, by the text stage)
 * @param url   where it came from, or empty
 * @param date  publication date as given by the source (ISO-8601 when known), or empty
 * @param lang  ISO 639-1 language code when detected, or empty
 * @param outlet the publication's name (a web page's site name or publisher), or empty
 */
public record Article(String id, String title, String text, String url, String date, String lang,
    String outlet) {
  public Article {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    url = url == null ? "" : url;
    date = date == null ? "" : date;
    lang = lang == null ? "" : lang;
    outlet = outlet == null ? "" : outlet;
  }

  /** An article whose outlet is not known. */
  public Article(String id, String title, String text, String url, String date, String lang) {
    this(id, title, text, url, date, lang, "");
  }

  public Article(String id, String title, String text) {
    this(id, title, text, "", "", "");
  }

  /** This article with {@code lang} set. */
  public Article withLang(String lang) {
    return new Article(id, title, text, url, date, lang, outlet);
  }
}
