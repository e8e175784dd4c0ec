package com.banksegment.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantileCurveTest {

  @Test
  void passesThroughItsKnotsAndInterpolatesGeometrically() {
    QuantileCurve curve = new QuantileCurve(0, 1, 0.5, 100, 1, 10_000);

    assertThat(curve.valueAt(0)).isCloseTo(1, within(1e-9));
    assertThat(curve.valueAt(0.5)).isCloseTo(100, within(1e-9));
    assertThat(curve.valueAt(1)).isCloseTo(10_000, within(1e-6));
    assertThat(curve.valueAt(0.25)).isCloseTo(10, within(1e-9));
    assertThat(curve.valueAt(0.75)).isCloseTo(1_000, within(1e-6));
  }

  @Test
  void meanIsTheIntegralOfTheQuantileFunction() {
    QuantileCurve curve = new QuantileCurve(0, 2, 0.3, 50, 0.9, 400, 1, 90_000);
    int steps = 1_000_000;
    double sum = 0;
    for (int i = 0; i < steps; i++) {
      sum += curve.valueAt((i + 0.5) / steps);
    }
    assertThat(curve.mean()).isCloseTo(sum / steps, within(sum / steps * 1e-3));
  }

  @Test
  void calibratedCurvesHaveTheFullFilesMedianAndMean() {
    // Full file: amount median 459.03, mean about 1,574; balance median 16,792.18, mean about 115,400.
    assertThat(Calibration.AMOUNT.valueAt(0.5)).isCloseTo(459.03, within(0.01));
    assertThat(Calibration.AMOUNT.mean()).isCloseTo(1_574, within(30.0));
    assertThat(Calibration.BALANCE.valueAt(0.5)).isCloseTo(16_792.18, within(0.01));
    assertThat(Calibration.BALANCE.mean()).isCloseTo(115_400, within(2_500.0));
  }

  @Test
  void rejectsKnotsThatDoNotDescribeADistribution() {
    assertThatThrownBy(() -> new QuantileCurve(0, 1, 1))
        .hasMessage("quantile knots must be pairs (p, value), at least two, got 3 numbers");
    assertThatThrownBy(() -> new QuantileCurve(0, 0, 1, 5))
        .hasMessage("quantile knot value must be positive, got 0.0");
    assertThatThrownBy(() -> new QuantileCurve(0, 5, 1, 4))
        .hasMessage("quantile knots must increase, broken at p=1.0");
    assertThatThrownBy(() -> new QuantileCurve(0.1, 1, 1, 4))
        .hasMessage("quantile knots must run from p=0 to p=1");
  }
}
