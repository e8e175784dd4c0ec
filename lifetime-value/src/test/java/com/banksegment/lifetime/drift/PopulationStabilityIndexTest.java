package com.banksegment.lifetime.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The reference is 1, 2, ..., 10. Its deciles by definition 7 (h = (n-1) p + 1) are 1.9, 2.8,
 * 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1, so value k falls in bin k and every bin holds 10 %.
 */
class PopulationStabilityIndexTest {

    private static final double[] REFERENCE = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    @Test
    void binsAreTheReferenceDeciles() {
        PsiResult result = PopulationStabilityIndex.of(REFERENCE, REFERENCE);
        assertThat(result.upperEdges()).hasSize(9);
        assertThat(result.upperEdges().get(0)).isCloseTo(1.9, within(1e-12));
        assertThat(result.upperEdges().get(8)).isCloseTo(9.1, within(1e-12));
        assertThat(result.referenceShares()).allSatisfy(share -> assertThat(share).isCloseTo(0.1, within(1e-12)));
    }

    @Test
    void anUnchangedSampleHasPsiZero() {
        assertThat(PopulationStabilityIndex.of(REFERENCE, REFERENCE).psi()).isZero();
    }

    @Test
    void aModerateShiftLandsInTheWarnBand() {
        // Current shares: 15 %, 15 %, six times 10 %, 5 %, 5 % (20 values).
        // PSI = 2 * (0.15 - 0.10) ln(0.15/0.10) + 2 * (0.05 - 0.10) ln(0.05/0.10)
        //     = 0.1 ln 1.5 + 0.1 ln 2 = 0.1 ln 3 = 0.109861.
        double[] current = {1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 10};
        PsiResult result = PopulationStabilityIndex.of(REFERENCE, current);
        assertThat(result.psi()).isCloseTo(0.1 * Math.log(3), within(1e-12));
        assertThat(DriftPolicy.DEFAULT.level(result.psi())).isEqualTo(DriftLevel.WARN);
    }

    @Test
    void emptyBinsAreFlooredAtTheDocumentedEpsilon() {
        // Everyone in the lower half: bins 1-5 hold 20 % each, bins 6-10 are empty (floored at 1e-4).
        // PSI = 5 * (0.2 - 0.1) ln 2 + 5 * (1e-4 - 0.1) ln(1e-4 / 0.1)
        //     = 0.5 * 0.693147 + 5 * (-0.0999) * (-6.907755) = 0.346574 + 3.450424 = 3.796997.
        double[] current = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        PsiResult result = PopulationStabilityIndex.of(REFERENCE, current);
        assertThat(result.psi()).isCloseTo(3.796997, within(1e-6));
        assertThat(result.currentShares().subList(5, 10)).containsOnly(0.0);
        assertThat(DriftPolicy.DEFAULT.level(result.psi())).isEqualTo(DriftLevel.REFIT);
    }

    @Test
    void valuesBeyondTheReferenceRangeFallInTheOuterBins() {
        // -100 joins bin 1 and +100 bin 10: an identical shape with two outliers per end moved.
        double[] current = {-100, 2, 3, 4, 5, 6, 7, 8, 9, 100};
        assertThat(PopulationStabilityIndex.of(REFERENCE, current).psi()).isZero();
    }

    @Test
    void tiedReferenceValuesShareOneBin() {
        // 50 zeros then 1..50: the deciles at 0.1..0.4 are all 0 and count once, the median is
        // 0.5 (between the 50th and 51st value), then 10.4, 20.3, 30.2, 40.1: 6 edges, 7 bins, the
        // first holding the 50 % of zeros.
        double[] reference = IntStream.range(0, 100).mapToDouble(i -> Math.max(0, i - 49)).toArray();
        PsiResult result = PopulationStabilityIndex.of(reference, reference);
        assertThat(result.bins()).isEqualTo(7);
        assertThat(result.upperEdges()).usingComparatorForType(
                (a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b), Double.class)
                .containsExactly(0.0, 0.5, 10.4, 20.3, 30.2, 40.1);
        assertThat(result.referenceShares().get(0)).isEqualTo(0.5);
        assertThat(result.psi()).isZero();
    }

    @Test
    void sharesAreReportedBeforeTheFloor() {
        PsiResult result = PopulationStabilityIndex.of(REFERENCE, new double[] {1});
        assertThat(result.currentShares()).isEqualTo(List.of(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0));
    }
}
