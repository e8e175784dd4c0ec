package com.banksegment.lifetime.bgnbd;

import com.banksegment.lifetime.FitStatus;
import java.util.Optional;

/**
 * The outcome of a BG/NBD fit. Parameters and log-likelihood are present only when the status is
 * {@link FitStatus#FITTED}; otherwise {@code reason} says why there are none.
 *
 * @param customers customers in the sample
 * @param repeaters customers with frequency > 0, the only ones that inform the fit
 */
public record BgNbdFit(FitStatus status, String reason, Optional<BgNbdParameters> parameters,
                       Optional<Double> logLikelihood, int customers, int repeaters) {

    public BgNbdFit {
        if ((status == FitStatus.FITTED) != parameters.isPresent()) {
            throw new IllegalArgumentException("parameters exist exactly when the status is FITTED: " + status);
        }
    }

    static BgNbdFit fitted(BgNbdParameters parameters, double logLikelihood, int customers, int repeaters) {
        return new BgNbdFit(FitStatus.FITTED, "maximum likelihood", Optional.of(parameters),
                Optional.of(logLikelihood), customers, repeaters);
    }

    static BgNbdFit refused(FitStatus status, String reason, int customers, int repeaters) {
        return new BgNbdFit(status, reason, Optional.empty(), Optional.empty(), customers, repeaters);
    }

    public boolean isFitted() {
        return status == FitStatus.FITTED;
    }

    /** Predictions with the fitted parameters; throws when there are none, with the reason. */
    public BgNbdPredictions predictions() {
        return new BgNbdPredictions(parameters.orElseThrow(() -> new IllegalStateException(
                "BG/NBD not fitted (" + status + "): " + reason)));
    }
}
