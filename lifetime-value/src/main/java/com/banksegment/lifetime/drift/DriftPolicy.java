package com.banksegment.lifetime.drift;

import java.util.Collection;

/**
 * Thresholds on the population stability index. The defaults are the usual rule of thumb of
 * credit scoring (Siddiqi, "Credit Risk Scorecards", 2006): below 0.1 no real change, 0.1 to 0.25
 * a change worth watching, 0.25 and above a shift that calls for a new model.
 */
public record DriftPolicy(double warnAt, double refitAt) {

    public static final DriftPolicy DEFAULT = new DriftPolicy(0.1, 0.25);

    public DriftPolicy {
        if (!(warnAt > 0 && warnAt <= refitAt) || !Double.isFinite(refitAt)) {
            throw new IllegalArgumentException("need 0 < warnAt <= refitAt, got " + warnAt + ", " + refitAt);
        }
    }

    /** The level of one PSI; a value exactly at a threshold belongs to the higher level. */
    public DriftLevel level(double psi) {
        if (!(psi >= 0)) {
            throw new IllegalArgumentException("a PSI is >= 0, got " + psi);
        }
        return psi >= refitAt ? DriftLevel.REFIT : psi >= warnAt ? DriftLevel.WARN : DriftLevel.STABLE;
    }

    /** The run's level: the worst of its inputs (one input shifting is enough to misplace customers). */
    public DriftLevel worst(Collection<Double> psis) {
        DriftLevel worst = DriftLevel.STABLE;
        for (double psi : psis) {
            DriftLevel level = level(psi);
            if (level.compareTo(worst) > 0) {
                worst = level;
            }
        }
        return worst;
    }
}
