package com.banksegment.modeling.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Screened multi-start K-means (issue #15) on a fixture whose answer is known: four tight blobs at
 * the corners of a 10 x 10 square. A start with two centres in one corner and one between two other
 * corners ends in the classic local optimum (one blob split, two merged); a start at the four
 * corners ends in the right clustering. Screening must keep the right one whatever its position.
 */
class ScreenedStartsTest {
  static final double[][] CORNERS = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
  static final Points FOUR_CORNERS = Blobs.around(CORNERS, 50, 0.3, 21);
  /** Two centres in the corner (0, 0), one at (0, 10), one between (10, 0) and (10, 10). */
  static final double[] SPLIT_AND_MERGED = {-0.2, 0, 0.2, 0, 0, 10, 10, 5};
  static final double[] AT_THE_CORNERS = {0.5, 0.5, 9.5, 0.5, 0.5, 9.5, 9.5, 9.5};

  @Test
  void theRightStartWinsWhereverItIsAmongLocalOptima() {
    for (int at = 0; at <= 5; at++) {
      List<double[]> starts = new ArrayList<>();
      for (int s = 0; s < 5; s++) {
        starts.add(SPLIT_AND_MERGED.clone());
      }
      starts.add(at, AT_THE_CORNERS.clone());

      KMeansFit fit = LocalKMeans.screened(FOUR_CORNERS, 4, starts, 40, Lloyd.SPARK_TOLERANCE, Parallel.sequential());

      assertThat(fit.start()).as("the winning start, placed at %d of 6", at).isEqualTo(at);
      int[] labels = Partition.assign(FOUR_CORNERS, fit.centres(), Parallel.sequential()).labels();
      assertThat(Agreement.adjustedRand(labels, 4, Blobs.truth(FOUR_CORNERS.n(), 4), 4)).isCloseTo(1.0, within(1e-12));
    }
  }

  @Test
  void theWinnerIsTheLowestOfEveryStartsCostWhereItStopped() {
    List<double[]> starts = LocalKMeans.starts(FOUR_CORNERS, 4, 12, 3, 0, Parallel.sequential());

    KMeansFit fit = LocalKMeans.screened(FOUR_CORNERS, 4, starts, 40, Lloyd.SPARK_TOLERANCE, Parallel.sequential());

    assertThat(fit.startCosts()).hasSize(12);
    assertThat(fit.cost()).isEqualTo(Arrays.stream(fit.startCosts()).min().orElseThrow());
    assertThat(fit.cost()).isEqualTo(fit.startCosts()[fit.start()]);
  }

  @Test
  void equalStartsGoToTheEarliest() {
    List<double[]> starts = List.of(SPLIT_AND_MERGED, AT_THE_CORNERS, AT_THE_CORNERS, AT_THE_CORNERS, AT_THE_CORNERS);

    KMeansFit fit = LocalKMeans.screened(FOUR_CORNERS, 4, starts, 40, Lloyd.SPARK_TOLERANCE, Parallel.sequential());

    assertThat(fit.start()).isEqualTo(1);
  }

  @Test
  void upToThreeStartsAreNotScreened() {
    List<double[]> starts = LocalKMeans.starts(FOUR_CORNERS, 4, LocalKMeans.KEPT, 5, 0, Parallel.sequential());

    KMeansFit screened = LocalKMeans.screened(FOUR_CORNERS, 4, starts, 40, Lloyd.SPARK_TOLERANCE,
        Parallel.sequential());
    KMeansFit all = LocalKMeans.best(FOUR_CORNERS, 4, starts, 40, Lloyd.SPARK_TOLERANCE, Parallel.sequential());

    assertThat(screened.centres()).containsExactly(all.centres());
    assertThat(screened.startCosts()).containsExactly(all.startCosts());
  }

  @Test
  void theSameFitWhateverTheNumberOfThreads() {
    Points points = Blobs.around(LocalKMeansTest.CENTRES, 6_000, 2.0, 3); // 24,000 points: several chunks
    List<double[]> starts = LocalKMeans.starts(points, 5, 8, 11, 0, Parallel.sequential());
    KMeansFit one = LocalKMeans.screened(points, 5, starts, 40, Lloyd.SPARK_TOLERANCE, Parallel.sequential());
    try (Parallel two = new Parallel(2)) {
      KMeansFit parallel = LocalKMeans.screened(points, 5, starts, 40, Lloyd.SPARK_TOLERANCE, two);
      assertThat(parallel.centres()).containsExactly(one.centres());
      assertThat(parallel.start()).isEqualTo(one.start());
    }
  }

  @Test
  void startsNumberedFromAnOffsetAreTheLaterStartsOfTheSameSeed() {
    List<double[]> five = LocalKMeans.starts(FOUR_CORNERS, 4, 5, 9, 0, Parallel.sequential());
    List<double[]> lastTwo = LocalKMeans.starts(FOUR_CORNERS, 4, 2, 9, 3, Parallel.sequential());

    assertThat(lastTwo.get(0)).containsExactly(five.get(3));
    assertThat(lastTwo.get(1)).containsExactly(five.get(4));
    assertThat(LocalKMeans.starts(FOUR_CORNERS, 4, 1, 10, 3, Parallel.sequential()).get(0)).isNotEqualTo(five.get(3));
  }

  @Test
  void startsSeededSideBySideAreTheStartsSeededOneAfterAnother() {
    List<double[]> oneThread = LocalKMeans.starts(FOUR_CORNERS, 4, 7, 21, 2, Parallel.sequential());
    try (Parallel two = new Parallel(2)) {
      List<double[]> twoThreads = LocalKMeans.starts(FOUR_CORNERS, 4, 7, 21, 2, two);

      assertThat(twoThreads).hasSize(7);
      for (int s = 0; s < 7; s++) {
        assertThat(twoThreads.get(s)).containsExactly(oneThread.get(s));
      }
    }
  }
}
