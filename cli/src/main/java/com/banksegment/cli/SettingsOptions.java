package com.banksegment.cli;

import com.banksegment.config.SuiteSettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every stage shares: the profile and free setting overrides. */
public final class SettingsOptions {
  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "Override a setting, e.g. --conf segment.lake.root=/data/lake (repeatable).")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Settings overlay: local (embedded default) or yarn (cluster).")
  String profile;

  @Option(names = "--lake", paramLabel = "ROOT",
      description = "Lake root folder or URI (same as --conf segment.lake.root=ROOT).")
  String lakeRoot;

  public SuiteSettings load() {
    List<String> all = new ArrayList<>();
    if (profile != null) {
      all.add("segment.profile=" + profile);
    }
    if (lakeRoot != null) {
      all.add("segment.lake.root=" + lakeRoot);
    }
    all.addAll(overrides);
    return SuiteSettings.load(all);
  }
}
