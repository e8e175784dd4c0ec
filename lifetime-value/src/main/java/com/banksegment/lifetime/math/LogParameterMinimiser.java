package com.banksegment.lifetime.math;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Minimises a function of strictly positive parameters (a negative log-likelihood) with Commons
 * Math's Nelder-Mead simplex over their logarithms, so the search is unconstrained and a step
 * means the same relative change for a parameter near 0.2 as for one near 20.
 *
 * <p>Nelder-Mead can stall on a collapsed simplex along a ridge (Gamma-Gamma's p, q and v are
 * strongly correlated), so the search restarts from its own optimum with a fresh simplex until a
 * restart no longer improves the value; this is the standard remedy (Press et al., Numerical
 * Recipes, 10.4).
 */
public final class LogParameterMinimiser {

    /** |log p| beyond this (p outside about [1e-13, 1e13]) counts as running off to a boundary. */
    public static final double LOG_PARAMETER_LIMIT = 30;

    private static final double RELATIVE_TOLERANCE = 1e-12;
    private static final double ABSOLUTE_TOLERANCE = 1e-10;
    private static final double SIMPLEX_STEP = 0.5;
    private static final int MAX_EVALUATIONS_PER_START = 20_000;
    private static final int MAX_RESTARTS = 20;
    private static final double RESTART_IMPROVEMENT = 1e-9;

    private LogParameterMinimiser() {
    }

    /** Where the search ended: the parameters (not their logarithms) and the function's value there. */
    public record Minimum(double[] parameters, double value, boolean converged, int evaluations) {
        public Minimum {
            parameters = parameters.clone();
        }

        @Override
        public double[] parameters() {
            return parameters.clone();
        }
    }

    /**
     * @param objective the function of the parameters themselves (all positive); non-finite
     *                  values are treated as +infinity so the simplex moves away from them
     * @param start     positive starting parameters
     */
    public static Minimum minimise(ToDoubleFunction<double[]> objective, double[] start) {
        ObjectiveFunction inLogSpace = new ObjectiveFunction(logParameters -> {
            for (double logParameter : logParameters) {
                if (Math.abs(logParameter) > LOG_PARAMETER_LIMIT) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            double value = objective.applyAsDouble(exp(logParameters));
            return Double.isFinite(value) ? value : Double.POSITIVE_INFINITY;
        });
        double[] point = log(start);
        double value = Double.POSITIVE_INFINITY;
        int evaluations = 0;
        for (int restart = 0; restart <= MAX_RESTARTS; restart++) {
            SimplexOptimizer optimizer = new SimplexOptimizer(RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE);
            PointValuePair optimum;
            try {
                optimum = optimizer.optimize(new MaxEval(MAX_EVALUATIONS_PER_START), inLogSpace, GoalType.MINIMIZE,
                        new InitialGuess(point), new NelderMeadSimplex(point.length, SIMPLEX_STEP));
            } catch (TooManyEvaluationsException e) {
                return new Minimum(exp(point), value, false, evaluations + MAX_EVALUATIONS_PER_START);
            }
            evaluations += optimizer.getEvaluations();
            boolean improved = value - optimum.getValue() > RESTART_IMPROVEMENT * Math.max(1, Math.abs(value));
            if (optimum.getValue() < value) {
                point = optimum.getPoint();
                value = optimum.getValue();
            }
            if (!improved) {
                return new Minimum(exp(point), value, Double.isFinite(value), evaluations);
            }
        }
        return new Minimum(exp(point), value, false, evaluations);
    }

    private static double[] exp(double[] logs) {
        double[] values = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            values[i] = Math.exp(logs[i]);
        }
        return values;
    }

    private static double[] log(double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0)) {
                throw new IllegalArgumentException("start parameters must be positive: " + values[i]);
            }
            logs[i] = Math.log(values[i]);
        }
        return logs;
    }
}
