package com.banksegment.config;

import com.typesafe.config.Config;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the features stage: the named RFM segment rules, first match wins; up to
 * {@code driverStatisticsMaxCustomers} customers the exact quintile cuts, medians and percentiles
 * are taken on the driver from the collected columns instead of two Spark passes.
 */
public record FeatureSettings(List<RfmSegmentRule> rfmSegments, long driverStatisticsMaxCustomers) {
  static FeatureSettings read(SettingsReader r) {
    String path = "segment.features.rfm-segments";
    List<? extends Config> raw = r.configList(path);
    if (raw.isEmpty()) {
      throw SettingsReader.invalid(path, "[]", "at least one segment rule");
    }
    List<RfmSegmentRule> rules = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      rules.add(RfmSegmentRule.read(path + "[" + i + "]", raw.get(i)));
    }
    return new FeatureSettings(List.copyOf(rules),
        r.longAtLeast("segment.features.driver-statistics-max-customers", 0));
  }
}
