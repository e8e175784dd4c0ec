package com.banksegment.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class IndexPermutationTest {

  @Test
  void mapsEveryIndexToADistinctIndexOfTheSameRange() {
    for (long size : new long[] {1, 2, 3, 5, 1_000, 65_537, 100_003}) {
      IndexPermutation permutation = new IndexPermutation(size, 42);
      BitSet seen = new BitSet();
      for (long i = 0; i < size; i++) {
        long image = permutation.apply(i);
        assertThat(image).as("image of %d in size %d", i, size).isBetween(0L, size - 1);
        assertThat(seen.get((int) image)).as("image %d seen twice in size %d", image, size).isFalse();
        seen.set((int) image);
      }
    }
  }

  @Test
  void scattersNeighboursAndDependsOnTheKey() {
    IndexPermutation one = new IndexPermutation(1_000_000, 1);
    IndexPermutation other = new IndexPermutation(1_000_000, 2);

    int fixedPoints = 0;
    int sameUnderBothKeys = 0;
    for (long i = 0; i < 1_000; i++) {
      fixedPoints += one.apply(i) == i ? 1 : 0;
      sameUnderBothKeys += one.apply(i) == other.apply(i) ? 1 : 0;
    }
    assertThat(fixedPoints).isLessThan(5);
    assertThat(sameUnderBothKeys).isLessThan(5);
    assertThat(Math.abs(one.apply(1) - one.apply(0))).isGreaterThan(1_000);
  }

  @Test
  void rejectsAnEmptyRangeAndIndexesOutsideIt() {
    assertThatThrownBy(() -> new IndexPermutation(0, 1))
        .hasMessage("permutation size must be at least 1, got 0");
    assertThatThrownBy(() -> new IndexPermutation(10, 1).apply(10))
        .hasMessage("index 10 outside [0, 10)");
  }
}
