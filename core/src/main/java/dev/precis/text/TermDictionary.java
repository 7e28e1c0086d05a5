package dev.precis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Interns terms to dense int ids ({@code 0, 1, 2, ...} in order of first sight), so that vectors
 * and counts can live in primitive arrays. One dictionary serves one cluster; not thread-safe.
 *
 * <p>Terms are looked up by their characters in an open-addressing table of ids (no string is
 * made for a term seen before, nor an {@code Integer} for its id).
 */
public final class TermDictionary {
  private final List<String> terms = new ArrayList<>();
  /** Each slot holds a term's id + 1, or 0 when empty; at most half the slots are used. */
  private int[] slots = new int[256];
  private int[] hashes = new int[256];

  /** The id of {@code term}, assigning the next id if it is new. */
  public int intern(CharSequence term) {
    int h = hash(term);
    int mask = slots.length - 1;
    for (int pos = h & mask; ; pos = (pos + 1) & mask) {
      int s = slots[pos];
      if (s == 0) return add(term.toString(), h, pos);
      if (hashes[pos] == h && contentEquals(terms.get(s - 1), term)) return s - 1;
    }
  }

  /** {@link #intern(CharSequence)} of {@code length} characters of {@code chars} from {@code start}. */
  public int intern(char[] chars, int start, int length) {
    int h = 0;
    for (int i = start; i < start + length; i++) h = 31 * h + chars[i];
    h = mix(h);
    int mask = slots.length - 1;
    for (int pos = h & mask; ; pos = (pos + 1) & mask) {
      int s = slots[pos];
      if (s == 0) return add(new String(chars, start, length), h, pos);
      if (hashes[pos] == h && equals(terms.get(s - 1), chars, start, length)) return s - 1;
    }
  }

  /** The id of {@code term}, or -1 if it was never interned. */
  public int id(String term) {
    int h = hash(term);
    int mask = slots.length - 1;
    for (int pos = h & mask; ; pos = (pos + 1) & mask) {
      int s = slots[pos];
      if (s == 0) return -1;
      if (hashes[pos] == h && terms.get(s - 1).equals(term)) return s - 1;
    }
  }

  public String term(int id) {
    return terms.get(id);
  }

  public int size() {
    return terms.size();
  }

  private int add(String term, int h, int pos) {
    int id = terms.size();
    terms.add(term);
    slots[pos] = id + 1;
    hashes[pos] = h;
    if (2 * terms.size() > slots.length) grow();
    return id;
  }

  private void grow() {
    int[] oldSlots = slots, oldHashes = hashes;
    slots = new int[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int p = 0; p < oldSlots.length; p++) {
      if (oldSlots[p] == 0) continue;
      int pos = oldHashes[p] & mask;
      while (slots[pos] != 0) pos = (pos + 1) & mask;
      slots[pos] = oldSlots[p];
      hashes[pos] = oldHashes[p];
    }
  }

  private static int hash(CharSequence s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) h = 31 * h + s.charAt(i);
    return mix(h);
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private static boolean contentEquals(String a, CharSequence b) {
    return a.contentEquals(b);
  }

  private static boolean equals(String a, char[] chars, int start, int length) {
    if (a.length() != length) return false;
    for (int i = 0; i < length; i++) if (a.charAt(i) != chars[start + i]) return false;
    return true;
  }

  @Override
  public String toString() {
    return "TermDictionary[" + terms.size() + " terms]";
  }
}
