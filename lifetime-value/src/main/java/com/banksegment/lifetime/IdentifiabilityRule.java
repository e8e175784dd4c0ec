package com.banksegment.lifetime;

import java.util.Locale;
import java.util.Optional;

/**
 * When purchase data are too thin for a repeat-purchase model. The BG/NBD and Gamma-Gamma
 * parameters are learned only from repeat customers: a customer seen once says nothing about how
 * often they buy or how likely they are to leave, and nothing about how their spend varies. With
 * almost no repeaters (the bank data: 99.7 % single transactions) the likelihood is nearly flat,
 * the optimiser wanders to a boundary and any number it prints would look confident and mean
 * nothing. So a fit is refused, with its reason, when
 *
 * <ul>
 *   <li>the share of repeaters (frequency > 0) is below {@code minRepeaterShare}, or</li>
 *   <li>there are fewer than {@code minRepeaters} repeaters.</li>
 * </ul>
 *
 * The defaults (5 %, 30 repeaters) sit far from both cases of this project: the CDNOW sample has
 * 40 % repeaters (946), the bank data 0.3 %.
 */
public record IdentifiabilityRule(double minRepeaterShare, int minRepeaters) {

    public static final IdentifiabilityRule DEFAULT = new IdentifiabilityRule(0.05, 30);

    public IdentifiabilityRule {
        if (!(minRepeaterShare >= 0 && minRepeaterShare <= 1) || minRepeaters < 1) {
            throw new IllegalArgumentException("need 0 <= minRepeaterShare <= 1 and minRepeaters >= 1, got "
                    + minRepeaterShare + ", " + minRepeaters);
        }
    }

    /** The reason the data cannot be fitted, or empty when they can. */
    public Optional<String> refusal(int customers, int repeaters) {
        if (customers == 0) {
            return Optional.of("no customers");
        }
        double share = (double) repeaters / customers;
        if (share < minRepeaterShare) {
            return Optional.of(String.format(Locale.ROOT,
                    "only %d of %d customers (%.2f %%) bought more than once, below the %.2f %% the model needs:"
                            + " purchase rate and dropout are not identifiable",
                    repeaters, customers, 100 * share, 100 * minRepeaterShare));
        }
        if (repeaters < minRepeaters) {
            return Optional.of("only " + repeaters + " repeat customers, fewer than the " + minRepeaters
                    + " the model needs: purchase rate and dropout are not identifiable");
        }
        return Optional.empty();
    }
}
