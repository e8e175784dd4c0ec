package com.banksegment.modeling.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KneedleTest {
  static final double[] K = IntStream.rangeClosed(2, 10).asDoubleStream().toArray();

  @Test
  void findsTheElbowOfASharplyBentCurve() {
    double[] wssse = {100, 40, 20, 18, 16, 14, 12, 10, 8};

    assertThat(Kneedle.kneeOfDecreasingConvex(K, wssse)).hasValue(2); // k = 4
  }

  @Test
  void findsTheKneeOfOneOverXWhereTheDifferenceCurvePeaks() {
    // Normalised, 1/k on 2..10 gives the difference curve its maximum at k = 4 (tied with 5: first wins).
    double[] y = IntStream.rangeClosed(2, 10).mapToDouble(k -> 1.0 / k).toArray();

    assertThat(Kneedle.kneeOfDecreasingConvex(K, y)).hasValue(2);
  }

  @Test
  void findsALaterKneeOnAnExponentialDecayWithAPlateau() {
    double[] y = {1000, 700, 490, 343, 240, 60, 55, 51, 48};

    assertThat(Kneedle.kneeOfDecreasingConvex(K, y)).hasValue(5); // k = 7, the first point of the plateau
  }

  @Test
  void aStraightLineOrAConcaveCurveHasNoKnee() {
    double[] line = IntStream.rangeClosed(2, 10).mapToDouble(k -> 100 - 10 * k).toArray();
    double[] concave = IntStream.rangeClosed(2, 10).mapToDouble(k -> 100 - k * k).toArray();

    assertThat(Kneedle.kneeOfDecreasingConvex(K, line)).isEqualTo(OptionalInt.empty());
    assertThat(Kneedle.kneeOfDecreasingConvex(K, concave)).isEqualTo(OptionalInt.empty());
  }

  @Test
  void aFlatOrTooShortCurveHasNoKnee() {
    assertThat(Kneedle.kneeOfDecreasingConvex(K, new double[] {5, 5, 5, 5, 5, 5, 5, 5, 5})).isEmpty();
    assertThat(Kneedle.kneeOfDecreasingConvex(new double[] {2, 3}, new double[] {10, 1})).isEmpty();
  }

  @Test
  void aHigherSensitivityDemandsAClearerKnee() {
    double[] mild = {100, 80, 64, 53, 45, 39, 35, 32, 30};

    assertThat(Kneedle.kneeOfDecreasingConvex(K, mild, 1.0)).isPresent();
    assertThat(Kneedle.kneeOfDecreasingConvex(K, mild, 10.0)).isEmpty();
  }

  @Test
  void refusesCurvesOfUnequalLength() {
    assertThatThrownBy(() -> Kneedle.kneeOfDecreasingConvex(K, new double[] {1, 2}))
        .hasMessage("x has 9 points but y has 2: expected the same count");
  }
}
