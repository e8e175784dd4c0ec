package com.banksegment.lifetime.bgnbd;

import com.banksegment.lifetime.CustomerHistory;
import com.banksegment.lifetime.FitStatus;
import com.banksegment.lifetime.IdentifiabilityRule;
import com.banksegment.lifetime.math.LogParameterMinimiser;
import com.banksegment.lifetime.math.LogParameterMinimiser.Minimum;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * Fits the BG/NBD by maximum likelihood: Commons Math's Nelder-Mead on the negative
 * log-likelihood over log(r, alpha, a, b). Thin data (see {@link IdentifiabilityRule}) are
 * refused before any optimisation; a fit whose parameters run off towards 0 or infinity is
 * reported as not identifiable rather than returned.
 */
public final class BgNbdFitter {

    /** Starting point: all ones, a neutral guess in log space (log 1 = 0). */
    private static final double[] START = {1, 1, 1, 1};
    /** |log parameter| beyond this (outside about [1e-9, 1e9]) means the likelihood had no interior maximum. */
    private static final double BOUNDARY_LOG = 20;

    private final IdentifiabilityRule rule;

    public BgNbdFitter(IdentifiabilityRule rule) {
        this.rule = rule;
    }

    public BgNbdFitter() {
        this(IdentifiabilityRule.DEFAULT);
    }

    public BgNbdFit fit(List<CustomerHistory> customers) {
        int repeaters = (int) customers.stream().filter(CustomerHistory::isRepeater).count();
        Optional<String> refusal = rule.refusal(customers.size(), repeaters);
        if (refusal.isPresent()) {
            return BgNbdFit.refused(FitStatus.NOT_IDENTIFIABLE, refusal.get(), customers.size(), repeaters);
        }
        Map<CustomerHistory, Long> customersByHistory = customers.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Minimum minimum = LogParameterMinimiser.minimise(
                values -> -BgNbdLikelihood.total(BgNbdParameters.of(values), customersByHistory), START);
        if (!minimum.converged()) {
            return BgNbdFit.refused(FitStatus.NOT_CONVERGED,
                    "the optimiser did not converge in " + minimum.evaluations() + " evaluations",
                    customers.size(), repeaters);
        }
        for (double value : minimum.parameters()) {
            if (Math.abs(Math.log(value)) > BOUNDARY_LOG) {
                return BgNbdFit.refused(FitStatus.NOT_IDENTIFIABLE,
                        "a parameter ran off to " + value + ": the likelihood has no interior maximum",
                        customers.size(), repeaters);
            }
        }
        return BgNbdFit.fitted(BgNbdParameters.of(minimum.parameters()), -minimum.value(), customers.size(),
                repeaters);
    }
}
