package com.banksegment.lifetime.bgnbd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.banksegment.lifetime.CustomerHistory;
import com.banksegment.lifetime.FitStatus;
import com.banksegment.lifetime.IdentifiabilityRule;
import com.banksegment.lifetime.LikelihoodFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BgNbdFitterTest {

    @Test
    void bankLikeDataGetAReasonInsteadOfParameters() {
        // 99.7 % single transactions, as in the bank data: 3 repeaters among 1,000 customers.
        List<CustomerHistory> customers = new ArrayList<>();
        for (int i = 0; i < 997; i++) {
            customers.add(CustomerHistory.singleTransaction(100 + i % 200));
        }
        customers.add(new CustomerHistory(1, 30, 150));
        customers.add(new CustomerHistory(2, 80, 120));
        customers.add(new CustomerHistory(1, 5, 290));

        LikelihoodFit<BgNbdParameters> fit = new BgNbdFitter().fit(customers);

        assertThat(fit.status()).isEqualTo(FitStatus.NOT_IDENTIFIABLE);
        assertThat(fit.reason()).contains("only 3 of 1000 customers");
        assertThat(fit.parameters()).isEmpty();
        assertThat(fit.logLikelihood()).isEmpty();
        assertThatThrownBy(fit::fittedParameters).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BG/NBD not fitted (NOT_IDENTIFIABLE)");
    }

    @Test
    void pastTheRuleTheOptimiserRunsToABoundaryAndIsRefusedToo() {
        // The same kind of data with the rule switched off: 30 repeaters among 10,000 customers,
        // ages 30 to 730 days. The likelihood has no interior maximum and a parameter runs towards
        // 0; the second guard reports that instead of the boundary point.
        Random random = new Random(3);
        List<CustomerHistory> customers = new ArrayList<>();
        for (int i = 0; i < 9970; i++) {
            customers.add(CustomerHistory.singleTransaction(30 + random.nextInt(700)));
        }
        for (int i = 0; i < 30; i++) {
            double age = 30 + random.nextInt(700);
            customers.add(new CustomerHistory(1, age * random.nextDouble(), age));
        }

        LikelihoodFit<BgNbdParameters> fit = new BgNbdFitter(new IdentifiabilityRule(0, 1)).fit(customers);

        assertThat(fit.status()).isEqualTo(FitStatus.NOT_IDENTIFIABLE);
        assertThat(fit.reason()).contains("no interior maximum");
        assertThat(fit.parameters()).isEmpty();
    }

    @Test
    void recoversTheParametersOfSimulatedCustomers() {
        // 8,000 customers drawn from known parameters, observed 20 to 40 periods: the fit lands
        // near them. The tolerances are a few standard errors of such a sample, not the figures
        // this code produced.
        BgNbdParameters truth = new BgNbdParameters(0.5, 4.0, 0.8, 2.5);
        List<CustomerHistory> customers = new BgNbdSimulation(truth, 16).customers(8000, 20, 40);

        BgNbdParameters fitted = new BgNbdFitter().fit(customers).parameters().orElseThrow();

        assertThat(fitted.r()).isCloseTo(truth.r(), within(0.1 * truth.r()));
        assertThat(fitted.alpha()).isCloseTo(truth.alpha(), within(0.15 * truth.alpha()));
        assertThat(fitted.a()).isCloseTo(truth.a(), within(0.35 * truth.a()));
        assertThat(fitted.b()).isCloseTo(truth.b(), within(0.5 * truth.b()));
    }
}
