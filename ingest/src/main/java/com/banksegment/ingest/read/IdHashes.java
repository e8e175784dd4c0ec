package com.banksegment.ingest.read;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 64-bit hashes of TransactionIDs, to find repeated ids without shuffling a million keys: each
 * split hands the driver the sorted hashes of its clean ids (8 bytes a row), the driver merges
 * them and keeps the hashes seen twice. Those are candidates only: the exact check on the ids
 * themselves follows ({@code DuplicateTransactions}), so a collision (about 1 in 10^7 for 10^6
 * ids) costs a look at a few more rows and never changes a result.
 */
public final class IdHashes {
  private long[] hashes = new long[1024];
  private int size;

  void add(long hash) {
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    hashes[size++] = hash;
  }

  long[] sorted() {
    long[] out = Arrays.copyOf(hashes, size);
    Arrays.sort(out);
    return out;
  }

  /** The id's UTF-16 chars through a 64-bit polynomial, then a finalizer (SplitMix64) that spreads the bits. */
  public static long hash(String id) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < id.length(); i++) {
      h = h * 0x100000001B3L + id.charAt(i);
    }
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }

  /** Hashes that occur more than once across all the (each sorted) arrays. */
  static Set<Long> repeated(List<long[]> perSplit) {
    long[] all = new long[perSplit.stream().mapToInt(a -> a.length).sum()];
    int at = 0;
    for (long[] split : perSplit) {
      System.arraycopy(split, 0, all, at, split.length);
      at += split.length;
    }
    Arrays.parallelSort(all);
    Set<Long> repeated = new HashSet<>();
    for (int i = 1; i < all.length; i++) {
      if (all[i] == all[i - 1]) {
        repeated.add(all[i]);
      }
    }
    return repeated;
  }
}
