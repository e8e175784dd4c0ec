package com.banksegment.lifetime.gammagamma;

import com.banksegment.lifetime.FitStatus;
import java.util.Optional;

/**
 * The outcome of a Gamma-Gamma fit; parameters only when {@link FitStatus#FITTED}, else a reason.
 *
 * @param repeaters customers that informed the fit (frequency > 0, mean spend > 0)
 */
public record GammaGammaFit(FitStatus status, String reason, Optional<GammaGammaParameters> parameters,
                            Optional<Double> logLikelihood, int customers, int repeaters) {

    public GammaGammaFit {
        if ((status == FitStatus.FITTED) != parameters.isPresent()) {
            throw new IllegalArgumentException("parameters exist exactly when the status is FITTED: " + status);
        }
    }

    static GammaGammaFit fitted(GammaGammaParameters parameters, double logLikelihood, int customers,
                                int repeaters) {
        return new GammaGammaFit(FitStatus.FITTED, "maximum likelihood", Optional.of(parameters),
                Optional.of(logLikelihood), customers, repeaters);
    }

    static GammaGammaFit refused(FitStatus status, String reason, int customers, int repeaters) {
        return new GammaGammaFit(status, reason, Optional.empty(), Optional.empty(), customers, repeaters);
    }

    public boolean isFitted() {
        return status == FitStatus.FITTED;
    }

    /** The fitted parameters; throws with the reason when there are none. */
    public GammaGammaParameters fittedParameters() {
        return parameters.orElseThrow(() -> new IllegalStateException(
                "Gamma-Gamma not fitted (" + status + "): " + reason));
    }
}
