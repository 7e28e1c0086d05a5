package dev.precis.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Removes from a parsed page what is never article text: scripts and media, hidden elements,
 * navigation, asides and footers, and blocks whose class or id names them as boilerplate (share
 * bars, related links, comments, newsletters, ads, captions, author boxes), and the cards that
 * pop up over a name inside a paragraph.
 *
 * <p>A block named as boilerplate is kept when it holds more than a third of the page's prose: sites wrap whole articles in containers named, say, {@code "post has-comments"}.
 */
final class BoilerplateRemover {
  // What is never text: these tags, and elements hidden by an attribute. Elements that are never
  // the body: these tags, and the roles of page furniture; an element marked as the description
  // is the standfirst. Tags are a set lookup and the attribute tests run only on elements that
  // have the attribute, so that most of a page's elements are not run through a selector.
  private static final Set<String> NEVER_TEXT_TAGS = Set.of("script", "style", "noscript",
      "template", "iframe", "svg", "canvas", "button", "input", "select", "textarea", "object",
      "embed", "video", "audio", "map", "dialog", "head", "link", "meta", "img", "picture",
      "source");
  private static final Evaluator NEVER_TEXT_ATTRIBUTES = Selector.evaluatorOf("[hidden],"
      + " [aria-hidden=true], [style~=(?i)display:\\s*none], [style~=(?i)visibility:\\s*hidden]");
  private static final Set<String> STRUCTURAL_TAGS =
      Set.of("nav", "aside", "footer", "figure", "figcaption");
  private static final Evaluator STRUCTURAL_ATTRIBUTES = Selector.evaluatorOf(
      "[itemprop=description], [role=navigation], [role=complementary], [role=contentinfo],"
          + " [role=search], [role=dialog], [role=alert]");
  private static final Evaluator BLOCKQUOTE = Selector.evaluatorOf("blockquote");
  private static final Evaluator CARD_IMAGE = Selector.evaluatorOf("p span img, p span picture");
  private static final Evaluator LINK = Selector.evaluatorOf("a[href]");
  private static final Set<String> BLOCK_TAGS = Set.of("div", "section", "ul", "ol", "li", "p",
      "span", "aside", "header", "footer", "table", "dl", "form", "a", "strong", "em", "small",
      "h2", "h3", "h4", "h5", "h6", "blockquote", "figure");
  /** Words that name a block as boilerplate (one word of a class or id name). */
  private static final NameWords BOILERPLATE_NAME = new NameWords(
      "share", "shares", "sharing", "sharebar", "social", "socials", "related", "relatedposts",
      "recommended", "recommendations", "comment", "comments", "commentlist", "disqus", "respond",
      "reply", "newsletter", "subscribe", "subscription", "signup", "promo", "promotion", "advert",
      "advertisement", "ad", "ads", "adslot", "ad-slot", "ad-container", "dfp", "sponsor",
      "sponsored", "sidebar", "breadcrumb", "breadcrumbs", "tags", "taglist", "tag-list", "byline",
      "bio", "author-bio", "authorbio", "author-info", "about-author", "footer", "nav", "navbar",
      "navigation", "menu", "cookie", "cookies", "consent", "popup", "modal", "overlay", "paywall",
      "more-stories", "read-more", "readmore", "most-popular", "mostpopular", "popular",
      "trending", "outbrain", "taboola", "caption", "captions", "credit", "credits", "print",
      "toolbar", "widget", "widgets", "masthead", "skip", "jump", "inline-related", "rail",
      "pagination", "pager", "meta", "post-meta", "entry-meta", "article-meta", "dateline",
      "timestamp", "published", "updated", "author", "authors", "contributor", "hidden",
      "visually-hidden", "sr-only", "screen-reader-text", "tools", "actions", "teaser", "teasers",
      "recirc", "recirculation", "next", "prev", "previous", "banner", "alert", "notification",
      "topics", "categories", "category", "keywords", "follow", "donate", "membership", "login",
      "register", "dek", "deck", "standfirst", "subheadline", "sub-headline", "subhead",
      "sub-head");

  /** Names of blocks that are never the article, however much prose they hold. */
  private static final NameWords STRONG_NAME = new NameWords(
      "comment", "comments", "commentlist", "disqus", "respond", "related", "relatedposts",
      "recommended", "recommendations", "more-stories", "most-popular", "mostpopular", "trending",
      "outbrain", "taboola", "recirc", "recirculation", "sidebar", "newsletter", "cookie",
      "consent");
  private static final Pattern CONTENT_NAME =
      Pattern.compile("article|content|post|entry|story|body|main|text");

  void remove(Document doc) {
    // one walk finds the hover cards' images and what is never text; the cards go first, since
    // the images that tell them are never text
    List<Element> cardImages = new ArrayList<>();
    List<Element> neverText = new ArrayList<>();
    for (Element e : PageElements.of(doc)) {
      String tag = e.normalName();
      if ((tag.equals("img") || tag.equals("picture")) && e.is(CARD_IMAGE)) cardImages.add(e);
      if (NEVER_TEXT_TAGS.contains(tag) || (e.hasAttr("hidden") || e.hasAttr("aria-hidden")
          || e.hasAttr("style")) && e.is(NEVER_TEXT_ATTRIBUTES)) {
        neverText.add(e);
      }
    }
    removeHoverCards(cardImages);
    for (Element e : neverText) e.remove(); // one inside a removed card leaves a detached tree
    Element body = doc.body();
    if (body == null) return;
    ProseShare share = new ProseShare(new BlockSplitter().split(body));
    List<Element> doomed = new ArrayList<>();
    Map<String, Boolean> named = new HashMap<>(); // pages repeat a few class names many times
    for (Element e : PageElements.of(body)) {
      String tag = e.normalName();
      if (STRUCTURAL_TAGS.contains(tag)
          || (e.hasAttr("itemprop") || e.hasAttr("role")) && e.is(STRUCTURAL_ATTRIBUTES)) {
        doomed.add(e);
      }
      if (e == body || !BLOCK_TAGS.contains(tag) || !e.hasAttr("class") && !e.hasAttr("id")) {
        continue;
      }
      String name = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).trim();
      if (!name.isEmpty()
          && named.computeIfAbsent(name, BOILERPLATE_NAME::in)
          && !isEmbeddedPost(e)) {
        doomed.add(e);
      }
    }
    // which of them go does not depend on their order: each is judged on the page as it was
    for (Element e : doomed) {
      if (e.parent() == null) continue; // already gone with an ancestor
      String name = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
      boolean strong = STRONG_NAME.in(name) && !CONTENT_NAME.matcher(name).find();
      double prose = share.of(e);
      if (strong ? prose > 0.6 : prose * 3 > 1) continue;
      e.remove();
    }
  }

  /**
   * Whether an element is a post quoted from a social network ({@code "social-media-embed"}): its
   * text is a blockquote, which the article quotes, unlike a share bar's buttons.
   */
  private static boolean isEmbeddedPost(Element e) {
    Element quote = e.normalName().equals("blockquote") ? e : e.selectFirst(BLOCKQUOTE);
    if (quote == null) return false;
    int all = e.text().length();
    return all > 0 && quote.text().length() * 10 >= all * 8;
  }

  /**
   * Removes the cards that pop up over a name in a paragraph (a photo and links to the person's
   * other stories): inline elements inside a paragraph that hold an image and two or more links.
   * Their text is hidden until hovered, and its links would make the paragraph look like a list.
   * Runs before images are removed, since the image is what tells a card from a linked phrase.
   */
  private static void removeHoverCards(List<Element> cardImages) {
    for (Element img : cardImages) {
      Element card = img.parent();
      while (card != null && card.normalName().equals("span")
          && card.select(LINK).size() < 2) {
        card = card.parent();
      }
      if (card == null || !card.normalName().equals("span")) continue;
      // wrappers around the card go with it; the name it pops up from stays
      while (card.parent() != null && card.parent().normalName().equals("span")
          && card.parent().childrenSize() == 1 && card.parent().ownText().isBlank()) {
        card = card.parent();
      }
      if (card.parent() != null) card.remove();
    }
  }

  /** The share of the page's prose characters inside an element, by pre-order intervals. */
  private static final class ProseShare {
    private final Map<Element, Integer> number = new IdentityHashMap<>();
    private final int[] subtreeEnd;
    private final int[] at;
    private final long[] prefix;

    ProseShare(BlockSplitter.Split split) {
      for (int i = 0; i < split.elements().size(); i++) number.put(split.elements().get(i), i);
      subtreeEnd = split.subtreeEnd();
      List<TextBlock> blocks = split.blocks();
      at = new int[blocks.size()];
      prefix = new long[blocks.size() + 1];
      for (int i = 0; i < blocks.size(); i++) {
        TextBlock b = blocks.get(i);
        at[i] = b.element();
        prefix[i + 1] = prefix[i] + (MainContentFinder.isProse(b) ? b.text().length() : 0);
      }
    }

    double of(Element e) {
      Integer n = number.get(e);
      if (n == null || prefix[prefix.length - 1] == 0) return 0;
      long inside = prefix[MainContentFinder.lowerBound(at, subtreeEnd[n] + 1)]
          - prefix[MainContentFinder.lowerBound(at, n)];
      return (double) inside / prefix[prefix.length - 1];
    }
  }
}
