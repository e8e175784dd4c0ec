package com.banksegment.lifetime;

/** Whether a fit's parameters may be used, so no caller has to guess from the numbers. */
public enum FitStatus {
    /** Maximum likelihood found; the parameters are meaningful. */
    FITTED,
    /**
     * The data cannot pin the parameters down (too few repeat customers, a parameter running off
     * to 0 or infinity, a mean that does not exist): there are no parameters to report.
     */
    NOT_IDENTIFIABLE,
    /** The optimiser ran out of evaluations: there are no parameters to report. */
    NOT_CONVERGED
}
