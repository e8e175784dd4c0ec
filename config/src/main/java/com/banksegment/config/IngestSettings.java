package com.banksegment.config;

/** Cleaning rules of the ingest stage that a bank may want to tune. */
public record IngestSettings(double maxAmount) {
  static IngestSettings read(SettingsReader r) {
    return new IngestSettings(r.doubleBetween("segment.ingest.max-amount", 1, Double.MAX_VALUE));
  }
}
