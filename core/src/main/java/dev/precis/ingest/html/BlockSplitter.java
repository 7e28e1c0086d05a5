package dev.precis.ingest.html;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a DOM into {@link TextBlock}s and numbers its elements in pre-order, recording where each
 * element's subtree ends, so that "block b is inside element e" is an interval test. Walks the
 * tree without recursion, so pages nested thousands of levels deep are fine.
 */
final class BlockSplitter {
  static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote",
      "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
      "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
      "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
      "tbody", "thead", "tfoot", "td", "th", "tr", "ul", "caption", "html", "br");

  /** The blocks of a tree, and for element number i, the last number inside its subtree. */
  record Split(List<TextBlock> blocks, List<Element> elements, int[] subtreeEnd, int[] parent) {}

  Split split(Element root) {
    List<TextBlock> blocks = new ArrayList<>();
    List<Element> elements = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    List<Integer> parents = new ArrayList<>();
    Deque<Integer> open = new ArrayDeque<>(); // numbers of the open elements
    Deque<Acc> blockStack = new ArrayDeque<>();
    int[] inLink = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          int n = elements.size();
          elements.add(e);
          ends.add(n);
          parents.add(open.isEmpty() ? -1 : open.peek());
          open.push(n);
          String tag = e.normalName();
          if (tag.equals("br")) {
            if (!blockStack.isEmpty()) blockStack.peek().newline();
          } else if (BLOCK_TAGS.contains(tag)) {
            if (!blockStack.isEmpty()) blockStack.peek().flush(blocks);
            blockStack.push(new Acc(n, tag));
          } else if (tag.equals("a")) {
            inLink[0]++;
          }
        } else if (node instanceof TextNode t && !blockStack.isEmpty()) {
          blockStack.peek().add(t.getWholeText(), inLink[0] > 0);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) return;
        int n = open.pop();
        ends.set(n, elements.size() - 1);
        String tag = e.normalName();
        if (tag.equals("br")) return;
        if (BLOCK_TAGS.contains(tag)) {
          Acc acc = blockStack.pop();
          acc.flush(blocks);
        } else if (tag.equals("a")) {
          inLink[0]--;
        }
      }
    }, root);
    int[] subtreeEnd = new int[ends.size()];
    int[] parent = new int[ends.size()];
    for (int i = 0; i < subtreeEnd.length; i++) {
      subtreeEnd[i] = ends.get(i);
      parent[i] = parents.get(i);
    }
    return new Split(blocks, elements, subtreeEnd, parent);
  }

  /** Whether a text ends in an ellipsis, as summaries cut to a length do. */
  private static boolean endsCut(String s) {
    return s.endsWith("...") || s.endsWith("\u2026") || s.endsWith("[\u2026]")
        || s.endsWith("[...]");
  }

  /** Whether the last block so far is a headline-sized link, such as a teaser's title. */
  private static boolean followsHeadlineLink(List<TextBlock> out) {
    if (out.isEmpty()) return false;
    TextBlock last = out.get(out.size() - 1);
    return last.text().length() >= 15 && last.linkDensity() > 0.8;
  }

  /** Text gathered for one open block, flushed as a TextBlock when a child block starts or it ends. */
  private static final class Acc {
    final int element;
    final String tag;
    final StringBuilder text = new StringBuilder();
    int linkChars;
    int leadingLinkChars;
    boolean leading = true;
    boolean space;

    Acc(int element, String tag) {
      this.element = element;
      this.tag = tag;
    }

    void add(String s, boolean link) {
      // whole runs of non-space characters at a time: page text is mostly words
      int n = s.length();
      int i = 0;
      while (i < n) {
        if (isSpace(s.charAt(i))) {
          space = true;
          i++;
          continue;
        }
        int j = i + 1;
        while (j < n && !isSpace(s.charAt(j))) j++;
        if (space && text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
          text.append(' ');
          if (link) linkChars++;
        }
        space = false;
        text.append(s, i, j);
        if (link) {
          linkChars += j - i;
          if (leading) leadingLinkChars += j - i;
        } else {
          leading = false;
        }
        i = j;
      }
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || c == '\u00A0';
    }

    void newline() {
      if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') text.append('\n');
      space = false;
    }

    void flush(List<TextBlock> out) {
      String s = text.toString().strip();
      if (!s.isEmpty()) {
        int leadingLink = Math.min(leadingLinkChars, s.length());
        boolean excerpt = endsCut(s) && (leadingLink >= 15 || followsHeadlineLink(out));
        out.add(new TextBlock(element, tag, s, Math.min(linkChars, s.length()), leadingLink,
            excerpt));
      }
      text.setLength(0);
      linkChars = 0;
      leadingLinkChars = 0;
      leading = true;
      space = false;
    }
  }
}
