package dev.precis.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes from a parsed page what is never article text: scripts and media, hidden elements,
 * navigation, asides and footers, and blocks whose class or id names them as boilerplate (share
 * bars, related links, comments, newsletters, ads, captions, author boxes).
 *
 * <p>A block named as boilerplate is kept when it holds more than a third of the page's paragraph
 * text: sites wrap whole articles in containers named, say, {@code "post has-comments"}.
 */
final class BoilerplateRemover {
  private static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, svg, canvas, button, input, select, textarea,"
          + " object, embed, video, audio, map, dialog, head, link, meta, img, picture, source,"
          + " [hidden], [aria-hidden=true], [style~=(?i)display:\\s*none],"
          + " [style~=(?i)visibility:\\s*hidden]";
  private static final String STRUCTURAL =
      "nav, aside, footer, figure, figcaption, [role=navigation], [role=complementary],"
          + " [role=contentinfo], [role=search], [role=dialog], [role=alert]";
  private static final Set<String> BLOCK_TAGS = Set.of("div", "section", "ul", "ol", "li", "p",
      "span", "aside", "header", "footer", "table", "dl", "form", "a", "strong", "em", "small",
      "h2", "h3", "h4", "h5", "h6", "blockquote", "figure");
  private static final Pattern BOILERPLATE_NAME = Pattern.compile(
      "(^|[-_ ])(share|shares|sharing|sharebar|social|socials|related|relatedposts|recommended"
          + "|recommendations|comment|comments|commentlist|disqus|respond|reply|newsletter"
          + "|subscribe|subscription|signup|promo|promotion|advert|advertisement|ad|ads|adslot"
          + "|ad-slot|ad-container|dfp|sponsor|sponsored|sidebar|breadcrumb|breadcrumbs|tags"
          + "|taglist|tag-list|byline|bio|author-bio|authorbio|author-info|about-author|footer"
          + "|nav|navbar|navigation|menu|cookie|cookies|consent|popup|modal|overlay|paywall"
          + "|more-stories|read-more|readmore|most-popular|mostpopular|popular|trending"
          + "|outbrain|taboola|caption|captions|credit|credits|print|toolbar|widget|widgets"
          + "|masthead|skip|jump|inline-related|rail|pagination|pager|meta|post-meta|entry-meta"
          + "|article-meta|dateline|timestamp|published|updated|author|authors|contributor"
          + "|hidden|visually-hidden|sr-only|screen-reader-text|tools|actions|teaser|teasers"
          + "|recirc|recirculation|next|prev|previous|banner|alert|notification|topics"
          + "|categories|category|keywords|follow|donate|membership|login|register)([-_ ]|$)");

  void remove(Document doc) {
    doc.select(NEVER_TEXT).remove();
    Element body = doc.body();
    if (body == null) return;
    long total = paragraphChars(body);
    List<Element> doomed = new ArrayList<>();
    for (Element e : body.select(STRUCTURAL)) doomed.add(e);
    for (Element e : body.getAllElements()) {
      if (e == body || !BLOCK_TAGS.contains(e.normalName())) continue;
      String name = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).trim();
      if (!name.isEmpty() && BOILERPLATE_NAME.matcher(name).find()) doomed.add(e);
    }
    for (Element e : doomed) {
      if (e.parent() == null) continue; // already gone with an ancestor
      if (total > 0 && paragraphChars(e) * 3 > total) continue;
      e.remove();
    }
  }

  private static long paragraphChars(Element root) {
    long n = 0;
    for (Element p : root.getElementsByTag("p")) n += p.text().length();
    return n;
  }
}
