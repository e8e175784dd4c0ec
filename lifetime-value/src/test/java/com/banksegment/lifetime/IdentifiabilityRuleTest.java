package com.banksegment.lifetime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifiabilityRuleTest {

    private final IdentifiabilityRule rule = IdentifiabilityRule.DEFAULT;

    @Test
    void bankLikeDataAreRefusedForTheirShareOfRepeaters() {
        // The bank data: 99.7 % single transactions, i.e. 3 repeaters in 1,000.
        assertThat(rule.refusal(1000, 3)).hasValueSatisfying(reason ->
                assertThat(reason).contains("only 3 of 1000 customers (0.30 %)").contains("not identifiable"));
    }

    @Test
    void theShareThresholdIsInclusive() {
        // 5 % of 1,000 = 50 repeaters passes; 49 (4.9 %) does not.
        assertThat(rule.refusal(1000, 50)).isEmpty();
        assertThat(rule.refusal(1000, 49)).isPresent();
    }

    @Test
    void aHighShareOfAFewCustomersIsStillTooFew() {
        // 20 of 40 is half the customers, but 20 repeaters cannot pin down four parameters.
        assertThat(rule.refusal(40, 20)).hasValueSatisfying(reason ->
                assertThat(reason).contains("only 20 repeat customers, fewer than the 30"));
        assertThat(rule.refusal(60, 30)).isEmpty();
    }

    @Test
    void theCdnowSampleIsAccepted() {
        assertThat(rule.refusal(2357, 946)).isEmpty();
    }

    @Test
    void noCustomersIsRefusedAndNonsenseSettingsAreRejected() {
        assertThat(rule.refusal(0, 0)).contains("no customers");
        assertThatThrownBy(() -> new IdentifiabilityRule(1.5, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdentifiabilityRule(0.05, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
