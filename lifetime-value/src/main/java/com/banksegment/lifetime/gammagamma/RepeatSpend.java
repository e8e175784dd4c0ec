package com.banksegment.lifetime.gammagamma;

/**
 * What the Gamma-Gamma model reads of one customer.
 *
 * @param frequency repeat transactions x (as in {@link com.banksegment.lifetime.CustomerHistory})
 * @param meanSpend mean value of those x repeat transactions (0 and unused when x = 0)
 */
public record RepeatSpend(int frequency, double meanSpend) {

    public RepeatSpend {
        if (frequency < 0 || !(meanSpend >= 0) || !Double.isFinite(meanSpend)) {
            throw new IllegalArgumentException("need frequency >= 0 and a finite meanSpend >= 0, got "
                    + frequency + ", " + meanSpend);
        }
    }

    /** Only repeaters with a positive mean spend carry information about spend (the likelihood needs log m). */
    public boolean informsSpend() {
        return frequency > 0 && meanSpend > 0;
    }
}
