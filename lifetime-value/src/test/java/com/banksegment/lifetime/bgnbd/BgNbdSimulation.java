package com.banksegment.lifetime.bgnbd;

import com.banksegment.lifetime.CustomerHistory;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Draws customers from the BG/NBD story itself (Fader, Hardie and Lee 2005, section 3), as a check
 * that does not share any formula with the code under test: lambda ~ Gamma(r, rate alpha),
 * p ~ Beta(a, b); purchases arrive at rate lambda from the first one at time 0; after each repeat
 * purchase the customer leaves with probability p.
 */
final class BgNbdSimulation {

    private final BgNbdParameters parameters;
    private final RandomGenerator random;

    BgNbdSimulation(BgNbdParameters parameters, long seed) {
        this.parameters = parameters;
        this.random = new Well19937c(seed);
    }

    List<CustomerHistory> customers(int count, double minAge, double maxAge) {
        GammaDistribution rates = new GammaDistribution(random, parameters.r(), 1 / parameters.alpha());
        BetaDistribution dropouts = new BetaDistribution(random, parameters.a(), parameters.b());
        List<CustomerHistory> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double age = minAge + (maxAge - minAge) * random.nextDouble();
            customers.add(history(rates.sample(), dropouts.sample(), age));
        }
        return customers;
    }

    private CustomerHistory history(double rate, double dropout, double age) {
        int repeats = 0;
        double lastPurchase = 0;
        double time = 0;
        while (true) {
            time += -Math.log(1 - random.nextDouble()) / rate; // exponential gap with mean 1/rate
            if (time > age) {
                return new CustomerHistory(repeats, lastPurchase, age);
            }
            repeats++;
            lastPurchase = time;
            if (random.nextDouble() < dropout) {
                return new CustomerHistory(repeats, lastPurchase, age);
            }
        }
    }
}
