package com.banksegment.lifetime.value;

/**
 * A customer's value over a horizon.
 *
 * @param expectedTransactions           E[Y(N)], BG/NBD transactions expected in the next N periods
 * @param expectedSpendPerTransaction    Gamma-Gamma conditional expected spend per transaction
 * @param probabilityAlive               BG/NBD P(alive) today
 * @param lifetimeValue                  the (possibly discounted) value over the horizon
 */
public record CustomerValue(double expectedTransactions, double expectedSpendPerTransaction,
                            double probabilityAlive, double lifetimeValue) {
}
