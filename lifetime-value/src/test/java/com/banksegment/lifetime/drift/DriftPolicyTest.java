package com.banksegment.lifetime.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DriftPolicyTest {

    private final DriftPolicy policy = DriftPolicy.DEFAULT;

    @Test
    void thresholdsBelongToTheHigherLevel() {
        assertThat(policy.level(0)).isEqualTo(DriftLevel.STABLE);
        assertThat(policy.level(0.0999)).isEqualTo(DriftLevel.STABLE);
        assertThat(policy.level(0.1)).isEqualTo(DriftLevel.WARN);
        assertThat(policy.level(0.2499)).isEqualTo(DriftLevel.WARN);
        assertThat(policy.level(0.25)).isEqualTo(DriftLevel.REFIT);
    }

    @Test
    void theRunIsAsDriftedAsItsWorstInput() {
        assertThat(policy.worst(List.of(0.01, 0.02))).isEqualTo(DriftLevel.STABLE);
        assertThat(policy.worst(List.of(0.01, 0.12, 0.02))).isEqualTo(DriftLevel.WARN);
        assertThat(policy.worst(List.of(0.3, 0.12))).isEqualTo(DriftLevel.REFIT);
        assertThat(policy.worst(List.of())).isEqualTo(DriftLevel.STABLE);
    }

    @Test
    void nonsenseIsRejected() {
        assertThatThrownBy(() -> new DriftPolicy(0.3, 0.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.level(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.level(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
