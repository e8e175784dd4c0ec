package com.banksegment.lifetime;

import java.util.Map;

/**
 * One customer's purchase history in the form the BG/NBD model reads (Fader, Hardie and Lee 2005):
 * all times in the same period unit (days or weeks) and measured from the customer's first
 * transaction.
 *
 * @param frequency repeat transactions x: all transactions minus the first one
 * @param recency   t_x, the customer's age at their last transaction (0 when x = 0)
 * @param age       T, the customer's age at the end of the observation period
 */
public record CustomerHistory(int frequency, double recency, double age) {

    public CustomerHistory {
        if (frequency < 0) {
            throw new IllegalArgumentException("frequency (repeat transactions) must be >= 0: " + frequency);
        }
        if (!(recency >= 0 && recency <= age) || !Double.isFinite(age)) {
            throw new IllegalArgumentException("need 0 <= recency <= age, got recency " + recency + ", age " + age);
        }
        if (frequency == 0 && recency != 0) {
            throw new IllegalArgumentException("a customer without repeat transactions has recency 0, got " + recency);
        }
    }

    /** A customer seen once: the case that carries no information about purchase rate or dropout. */
    public static CustomerHistory singleTransaction(double age) {
        return new CustomerHistory(0, 0, age);
    }

    public boolean isRepeater() {
        return frequency > 0;
    }

    /**
     * How many customers, and how many of them repeaters, a sample of distinct histories holds
     * (what {@link IdentifiabilityRule#refusal} reads).
     *
     * @param customersByHistory each distinct history and how many customers share it
     */
    public record Counts(int customers, int repeaters) {
        public static Counts of(Map<CustomerHistory, Long> customersByHistory) {
            int customers = 0;
            int repeaters = 0;
            for (Map.Entry<CustomerHistory, Long> entry : customersByHistory.entrySet()) {
                int count = Math.toIntExact(entry.getValue());
                customers += count;
                repeaters += entry.getKey().isRepeater() ? count : 0;
            }
            return new Counts(customers, repeaters);
        }
    }
}
