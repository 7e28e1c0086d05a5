package dev.precis.text;

/** A half-open character range {@code [start, end)} of some text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  public int length() {
    return end - start;
  }
}
