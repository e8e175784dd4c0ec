package com.banksegment.lifetime;

import com.banksegment.lifetime.math.LogParameterMinimiser;
import com.banksegment.lifetime.math.LogParameterMinimiser.Minimum;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The outcome of a maximum-likelihood fit of one of the lifetime models (BG/NBD, Gamma-Gamma):
 * parameters and log-likelihood exist exactly when the status is {@link FitStatus#FITTED};
 * otherwise {@code reason} says why there are none (the model report and model_metrics show it).
 *
 * @param <P> the model's parameters
 * @param model the model's name, for messages
 * @param customers customers in the sample
 * @param repeaters customers that informed the fit (each model says which)
 */
public record LikelihoodFit<P>(String model, FitStatus status, String reason, Optional<P> parameters,
                               Optional<Double> logLikelihood, int customers, int repeaters) {
    /** |log parameter| beyond this (outside about [1e-9, 1e9]) means the likelihood had no interior maximum. */
    private static final double BOUNDARY_LOG = 20;

    public LikelihoodFit {
        if ((status == FitStatus.FITTED) != parameters.isPresent()) {
            throw new IllegalArgumentException("parameters exist exactly when the status is FITTED: " + status);
        }
    }

    public static <P> LikelihoodFit<P> fitted(String model, P parameters, double logLikelihood, int customers,
                                              int repeaters) {
        return new LikelihoodFit<>(model, FitStatus.FITTED, "maximum likelihood", Optional.of(parameters),
                Optional.of(logLikelihood), customers, repeaters);
    }

    public static <P> LikelihoodFit<P> refused(String model, FitStatus status, String reason, int customers,
                                               int repeaters) {
        return new LikelihoodFit<>(model, status, reason, Optional.empty(), Optional.empty(), customers, repeaters);
    }

    /**
     * Maximises a log-likelihood over positive parameters ({@link LogParameterMinimiser}) and says
     * how it ended: fitted, not converged, or not identifiable when a parameter ran off towards 0
     * or infinity (the likelihood had no interior maximum, so no parameters are returned).
     *
     * @param logLikelihood the sample's log-likelihood at the given parameters
     * @param start positive starting parameters
     * @param parameters the model's parameters from the optimum's values
     */
    public static <P> LikelihoodFit<P> maximise(String model, ToDoubleFunction<double[]> logLikelihood,
                                                double[] start, Function<double[], P> parameters,
                                                int customers, int repeaters) {
        Minimum minimum = LogParameterMinimiser.minimise(values -> -logLikelihood.applyAsDouble(values), start);
        if (!minimum.converged()) {
            return refused(model, FitStatus.NOT_CONVERGED,
                    "the optimiser did not converge in " + minimum.evaluations() + " evaluations", customers, repeaters);
        }
        for (double value : minimum.parameters()) {
            if (Math.abs(Math.log(value)) > BOUNDARY_LOG) {
                return refused(model, FitStatus.NOT_IDENTIFIABLE,
                        "a parameter ran off to " + value + ": the likelihood has no interior maximum",
                        customers, repeaters);
            }
        }
        return fitted(model, parameters.apply(minimum.parameters()), -minimum.value(), customers, repeaters);
    }

    public boolean isFitted() {
        return status == FitStatus.FITTED;
    }

    /** The fitted parameters; throws with the reason when there are none. */
    public P fittedParameters() {
        return parameters.orElseThrow(() -> new IllegalStateException(
                model + " not fitted (" + status + "): " + reason));
    }
}
