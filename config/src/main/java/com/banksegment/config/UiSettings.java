package com.banksegment.config;

/** Settings the serving UI reads from the same configuration. */
public record UiSettings(int port, int maxUploadMb) {
  static UiSettings read(SettingsReader r) {
    return new UiSettings(
        r.intBetween("segment.ui.port", 1, 65_535),
        r.intBetween("segment.ui.max-upload-mb", 1, 2_048));
  }
}
