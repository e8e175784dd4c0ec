package com.banksegment.lifetime.math;

/**
 * Gauss's hypergeometric function 2F1(a, b; c; z) for 0 <= z < 1, the only range the BG/NBD
 * expectation needs (z = t / (alpha + T + t)). Commons Math 3.6.1 has no 2F1, so it is summed
 * here from its defining series (Abramowitz and Stegun 15.1.1):
 *
 * <pre>
 *   2F1(a, b; c; z) = sum_n (a)_n (b)_n / ((c)_n n!) z^n
 * </pre>
 *
 * The n-th term behaves like n^(a+b-c-1) z^n, so when c - a - b < 0 the series converges
 * slowly as z approaches 1 (a long horizon against a short history). Then Euler's
 * transformation (A&S 15.3.3) is used instead,
 * {@code 2F1(a, b; c; z) = (1-z)^(c-a-b) 2F1(c-a, c-b; c; z)}, whose terms fall like
 * n^(c-a-b-1) z^n, i.e. polynomially faster.
 */
public final class Hypergeometric2F1 {

    /** Relative size of the last term at which the sum stops. */
    private static final double RELATIVE_TOLERANCE = 1e-15;
    /** Enough for z = 1 - 1e-5 with the slow form; a bound, not a tuning knob. */
    private static final int MAX_TERMS = 2_000_000;

    private Hypergeometric2F1() {
    }

    /** 2F1(a, b; c; z), choosing the faster converging of the two forms. */
    public static double value(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("2F1 is summed only for 0 <= z < 1, got z = " + z);
        }
        if (c <= 0 && c == Math.rint(c)) {
            throw new IllegalArgumentException("2F1 is undefined for c a non-positive integer, got c = " + c);
        }
        double excess = c - a - b;
        return excess < 0 ? eulerTransformed(a, b, c, z) : series(a, b, c, z);
    }

    /** The defining series summed as it stands. Package-private so the tests can compare forms. */
    static double series(double a, double b, double c, double z) {
        double term = 1;
        double sum = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            // A term can be exactly zero when a or b is a non-positive integer: the series ends.
            if (Math.abs(term) <= RELATIVE_TOLERANCE * Math.abs(sum)) {
                return sum;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in "
                + MAX_TERMS + " terms");
    }

    /** Euler's transformation (A&S 15.3.3). Package-private so the tests can compare forms. */
    static double eulerTransformed(double a, double b, double c, double z) {
        return Math.pow(1 - z, c - a - b) * series(c - a, c - b, c, z);
    }
}
