package com.banksegment.modeling.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KChoiceTest {
  /** A sharp elbow at k = 4 (see KneedleTest) with the given silhouettes for k = 2..10. */
  static List<SweepPoint> sweep(double... silhouettes) {
    double[] wssse = {100, 40, 20, 18, 16, 14, 12, 10, 8};
    List<SweepPoint> points = new ArrayList<>();
    for (int i = 0; i < silhouettes.length; i++) {
      points.add(new SweepPoint("kmeans", i + 2, wssse[i], silhouettes[i], 100, 1.0));
    }
    return points;
  }

  @Test
  void picksTheBestSilhouetteNextToTheKneeNotTheBestOverall() {
    KChoice c = KChoice.choose(sweep(0.90, 0.50, 0.55, 0.60, 0.40, 0.30, 0.30, 0.30, 0.30), 0);

    assertThat(c.knee()).isEqualTo(4);
    assertThat(c.k()).isEqualTo(5);
    assertThat(c.reason()).isEqualTo("knee of WSSSE (Kneedle) at k = 4; highest silhouette within k = 4 +/- 1 (0.6000) at k = 5");
  }

  @Test
  void keepsTheKneeWhenItsSilhouetteIsBestInTheWindowAndPrefersTheSmallerKOnATie() {
    assertThat(KChoice.choose(sweep(0.9, 0.5, 0.7, 0.6, 0.8, 0.3, 0.3, 0.3, 0.3), 0).k()).isEqualTo(4);
    assertThat(KChoice.choose(sweep(0.9, 0.7, 0.7, 0.7, 0.8, 0.3, 0.3, 0.3, 0.3), 0).k()).isEqualTo(3);
  }

  @Test
  void withoutAKneeTakesTheBestSilhouetteOfTheSweep() {
    List<SweepPoint> straight = new ArrayList<>();
    for (int k = 2; k <= 6; k++) {
      straight.add(new SweepPoint("kmeans", k, 100 - 10 * k, k == 5 ? 0.7 : 0.5, 100, 1.0));
    }

    KChoice c = KChoice.choose(straight, 0);

    assertThat(c.k()).isEqualTo(5);
    assertThat(c.knee()).isNull();
    assertThat(c.reason()).startsWith("WSSSE has no knee");
  }

  @Test
  void anUndefinedSilhouetteNeverWins() {
    assertThat(KChoice.choose(sweep(0.9, 0.5, Double.NaN, 0.4, 0.8, 0.3, 0.3, 0.3, 0.3), 0).k()).isEqualTo(3);
  }

  @Test
  void aForcedKWins() {
    KChoice c = KChoice.choose(sweep(0.9, 0.5, 0.55, 0.6, 0.4, 0.3, 0.3, 0.3, 0.3), 7);

    assertThat(c.k()).isEqualTo(7);
    assertThat(c.knee()).isNull();
    assertThat(c.reason()).isEqualTo("forced by segment.modeling.force-k = 7");
  }
}
