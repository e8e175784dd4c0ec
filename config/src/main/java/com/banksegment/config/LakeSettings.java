package com.banksegment.config;

import java.time.Duration;

/**
 * Where the lake lives (a local folder or an hdfs:// URI), and when a stage may sweep staging
 * folders left by a run on another machine (runs on this machine are swept as soon as their
 * process is gone; a driver in YARN cluster mode may have run on any node).
 */
public record LakeSettings(String root, Duration staleStagingAge) {
  static LakeSettings read(SettingsReader r) {
    return new LakeSettings(r.nonBlank("segment.lake.root"),
        Duration.ofHours(r.intBetween("segment.lake.stale-staging-hours", 1, 24 * 365)));
  }

  public LakeLayout layout() {
    return new LakeLayout(root);
  }
}
