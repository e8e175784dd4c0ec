package com.banksegment.lifetime.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FarFromCentroidShareTest {

    /** Fit distances 1, 2, ..., 100: the 99th percentile (h = 99 * 0.99 + 1 = 99.01) is 99.01. */
    private static final double[] FIT = IntStream.rangeClosed(1, 100).asDoubleStream().toArray();

    @Test
    void theFittedCustomersThemselvesShowTheExpectedShare() {
        FarFromCentroidShare share = FarFromCentroidShare.of(FIT, FIT);
        assertThat(share.threshold()).isCloseTo(99.01, within(1e-12));
        // Only 100 is beyond 99.01: 1 % of 100, the expected 1 - 0.99.
        assertThat(share.share()).isCloseTo(0.01, within(1e-12));
        assertThat(share.ratioToExpected()).isCloseTo(1, within(1e-9));
    }

    @Test
    void customersTwiceAsFarAreMostlyBeyondTheBoundary() {
        // Current distances 2, 4, ..., 200: 100, 102, ..., 200 exceed 99.01, i.e. 51 of 100.
        double[] current = IntStream.rangeClosed(1, 100).mapToDouble(i -> 2.0 * i).toArray();
        FarFromCentroidShare share = FarFromCentroidShare.of(FIT, current);
        assertThat(share.share()).isCloseTo(0.51, within(1e-12));
        assertThat(share.ratioToExpected()).isCloseTo(51, within(1e-9));
    }

    @Test
    void aDistanceEqualToTheThresholdIsNotBeyondIt() {
        FarFromCentroidShare share = FarFromCentroidShare.of(FIT, new double[] {99.01, 50}, 0.99);
        assertThat(share.share()).isZero();
    }
}
