package com.banksegment.lifetime.bgnbd;

import com.banksegment.lifetime.CustomerHistory;
import com.banksegment.lifetime.FitStatus;
import com.banksegment.lifetime.IdentifiabilityRule;
import com.banksegment.lifetime.LikelihoodFit;
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
    public static final String MODEL = "BG/NBD";
    private final IdentifiabilityRule rule;

    public BgNbdFitter(IdentifiabilityRule rule) {
        this.rule = rule;
    }

    public BgNbdFitter() {
        this(IdentifiabilityRule.DEFAULT);
    }

    public LikelihoodFit<BgNbdParameters> fit(List<CustomerHistory> customers) {
        return fit(customers.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
    }

    /**
     * The same fit from the distinct histories and how many customers share each, as a grouped
     * query returns them (no need to expand them into one entry per customer).
     */
    public LikelihoodFit<BgNbdParameters> fit(Map<CustomerHistory, Long> customersByHistory) {
        CustomerHistory.Counts counts = CustomerHistory.Counts.of(customersByHistory);
        int customers = counts.customers();
        int repeaters = counts.repeaters();
        Optional<String> refusal = rule.refusal(customers, repeaters);
        if (refusal.isPresent()) {
            return LikelihoodFit.refused(MODEL, FitStatus.NOT_IDENTIFIABLE, refusal.get(), customers, repeaters);
        }
        BgNbdLikelihood.Sample sample = BgNbdLikelihood.Sample.of(customersByHistory);
        return LikelihoodFit.maximise(MODEL, values -> sample.total(BgNbdParameters.of(values)), START,
                BgNbdParameters::of, customers, repeaters);
    }
}
