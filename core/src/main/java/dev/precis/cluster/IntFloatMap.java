package dev.precis.cluster;

import java.util.Arrays;

/** An open-addressing map from int keys to float sums (a centroid's term weights). */
final class IntFloatMap {
  private static final int EMPTY = Integer.MIN_VALUE;
  private int[] keys;
  private float[] values;
  private int size;

  IntFloatMap() {
    keys = new int[64];
    Arrays.fill(keys, EMPTY);
    values = new float[64];
  }

  /** Adds {@code v} to the value of {@code key}; returns the value before. */
  float add(int key, float v) {
    if (size * 2 >= keys.length) grow();
    int slot = slot(keys, key);
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      size++;
    }
    float before = values[slot];
    values[slot] = before + v;
    return before;
  }

  float get(int key) {
    int slot = slot(keys, key);
    return keys[slot] == EMPTY ? 0 : values[slot];
  }

  int size() {
    return size;
  }

  private static int slot(int[] keys, int key) {
    int mask = keys.length - 1;
    int i = (key * 0x9E3779B9) >>> 7 & mask;
    while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & mask;
    return i;
  }

  private void grow() {
    int[] oldKeys = keys;
    float[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new float[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] == EMPTY) continue;
      int s = slot(keys, oldKeys[i]);
      keys[s] = oldKeys[i];
      values[s] = oldValues[i];
    }
  }
}
