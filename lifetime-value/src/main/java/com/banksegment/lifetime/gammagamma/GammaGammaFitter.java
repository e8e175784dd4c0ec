package com.banksegment.lifetime.gammagamma;

import com.banksegment.lifetime.FitStatus;
import com.banksegment.lifetime.IdentifiabilityRule;
import com.banksegment.lifetime.LikelihoodFit;
import java.util.List;
import java.util.Optional;

/**
 * Fits p, q, v by maximum likelihood on the repeaters' (x, mean spend), as Fader and Hardie do:
 * customers seen once have no repeat spend and are left out of the likelihood (but get the
 * population mean from {@link GammaGammaParameters#conditionalExpectedSpend}). The same
 * {@link IdentifiabilityRule} as the BG/NBD refuses thin data; a fit with q <= 1 is refused too,
 * since its expected spend would be infinite.
 */
public final class GammaGammaFitter {

    /** Starting point: all ones (log 1 = 0), as for the BG/NBD. */
    private static final double[] START = {1, 1, 1};
    public static final String MODEL = "Gamma-Gamma";

    private final IdentifiabilityRule rule;

    public GammaGammaFitter(IdentifiabilityRule rule) {
        this.rule = rule;
    }

    public GammaGammaFitter() {
        this(IdentifiabilityRule.DEFAULT);
    }

    /** @param customers all customers, repeaters or not: the repeaters' share is part of the rule */
    public LikelihoodFit<GammaGammaParameters> fit(List<RepeatSpend> customers) {
        List<RepeatSpend> repeaters = customers.stream().filter(RepeatSpend::informsSpend).toList();
        Optional<String> refusal = rule.refusal(customers.size(), repeaters.size());
        if (refusal.isPresent()) {
            return LikelihoodFit.refused(MODEL, FitStatus.NOT_IDENTIFIABLE, refusal.get(), customers.size(),
                    repeaters.size());
        }
        GammaGammaLikelihood.Sample sample = GammaGammaLikelihood.Sample.of(repeaters);
        LikelihoodFit<GammaGammaParameters> fit = LikelihoodFit.maximise(MODEL,
                values -> sample.total(GammaGammaParameters.of(values)), START,
                GammaGammaParameters::of, customers.size(), repeaters.size());
        if (fit.isFitted() && !fit.fittedParameters().hasFiniteMean()) {
            return LikelihoodFit.refused(MODEL, FitStatus.NOT_IDENTIFIABLE, "q = " + fit.fittedParameters().q()
                    + " <= 1: spend is too heavy-tailed for a finite expected spend", customers.size(), repeaters.size());
        }
        return fit;
    }
}
