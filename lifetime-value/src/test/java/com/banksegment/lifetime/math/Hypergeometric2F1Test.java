package com.banksegment.lifetime.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** 2F1 against closed forms of Abramowitz and Stegun 15.1. */
class Hypergeometric2F1Test {

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.1, 0.5, 0.9, 0.99})
    void logarithmCase(double z) {
        // A&S 15.1.3: 2F1(1, 1; 2; z) = -ln(1 - z) / z (c - a - b = 0: the plain series).
        double expected = z == 0 ? 1 : -Math.log(1 - z) / z;
        assertThat(Hypergeometric2F1.value(1, 1, 2, z)).isCloseTo(expected, within(1e-12 * expected));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.7, 0.95})
    void arcsineCase(double s) {
        // A&S 15.1.6: 2F1(1/2, 1/2; 3/2; s^2) = arcsin(s) / s (c - a - b = 1/2).
        assertThat(Hypergeometric2F1.value(0.5, 0.5, 1.5, s * s)).isCloseTo(Math.asin(s) / s, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.9, 0.999})
    void binomialCaseTakesTheEulerForm(double z) {
        // A&S 15.1.8: 2F1(a, b; b; z) = (1 - z)^-a. Here c - a - b = -a < 0, the case Euler's
        // transformation handles, and near z = 1 the plain series would need very many terms.
        double a = 2.7;
        double expected = Math.pow(1 - z, -a);
        assertThat(Hypergeometric2F1.value(a, 1.3, 1.3, z)).isCloseTo(expected, within(1e-11 * expected));
    }

    @Test
    void bothFormsAgreeWhereBothConverge() {
        // BG/NBD-like arguments (r + x, b + x; a + b + x - 1) with c - a - b < 0.
        double a = 2.243;
        double b = 4.426;
        double c = 4.219;
        for (double z : new double[] {0.1, 0.5, 0.8}) {
            double plain = Hypergeometric2F1.series(a, b, c, z);
            assertThat(Hypergeometric2F1.eulerTransformed(a, b, c, z)).isCloseTo(plain, within(1e-10 * plain));
        }
    }

    @Test
    void refusesArgumentsOutsideTheSummedRange() {
        assertThatThrownBy(() -> Hypergeometric2F1.value(1, 1, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hypergeometric2F1.value(1, 1, -2, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
