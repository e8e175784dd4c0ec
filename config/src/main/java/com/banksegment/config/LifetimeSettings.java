package com.banksegment.config;

/**
 * Customer lifetime value in the model stage (BG/NBD and Gamma-Gamma, lifetime-value module):
 * the horizon and discount of the per-customer predictions, and when the data are too thin to
 * fit (the share of repeat customers and their number below which the model refuses).
 */
public record LifetimeSettings(int horizonDays, double discountPerDay, double minRepeaterShare, int minRepeaters) {

  static LifetimeSettings read(SettingsReader r) {
    return new LifetimeSettings(
        r.intBetween("segment.lifetime.horizon-days", 1, 3650),
        r.doubleBetween("segment.lifetime.discount-per-day", 0.0, 0.01),
        r.doubleBetween("segment.lifetime.min-repeater-share", 0.0, 1.0),
        r.intBetween("segment.lifetime.min-repeaters", 1, 1_000_000));
  }
}
