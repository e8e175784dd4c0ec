package com.banksegment.generator;

/**
 * A keyed bijection of [0, size): a balanced Feistel network over the smallest even number of bits
 * that covers the range, with cycle walking for values that fall outside it. Used to scatter a
 * customer's transactions across the file and to spread customer numbers over the id space
 * without a table in memory.
 */
final class IndexPermutation {
  private static final int ROUNDS = 4;

  private final long size;
  private final int halfBits;
  private final long halfMask;
  private final long[] roundKeys = new long[ROUNDS];

  IndexPermutation(long size, long key) {
    if (size < 1) {
      throw new IllegalArgumentException("permutation size must be at least 1, got " + size);
    }
    this.size = size;
    int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
    this.halfBits = (bits + 1) / 2;
    this.halfMask = (1L << halfBits) - 1;
    for (int round = 0; round < ROUNDS; round++) {
      roundKeys[round] = Mix.bits(key, round + 1);
    }
  }

  long size() {
    return size;
  }

  /** The image of {@code index} (0 <= index < size), itself in [0, size). */
  long apply(long index) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("index " + index + " outside [0, " + size + ")");
    }
    long value = index;
    do {
      value = encrypt(value);
    } while (value >= size);
    return value;
  }

  private long encrypt(long value) {
    long left = value >>> halfBits;
    long right = value & halfMask;
    for (long roundKey : roundKeys) {
      long next = left ^ (Mix.mix(right ^ roundKey) & halfMask);
      left = right;
      right = next;
    }
    return (left << halfBits) | right;
  }
}
