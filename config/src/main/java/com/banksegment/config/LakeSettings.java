package com.banksegment.config;

/** Where the lake lives: a local folder or an hdfs:// URI. */
public record LakeSettings(String root) {
  static LakeSettings read(SettingsReader r) {
    return new LakeSettings(r.nonBlank("segment.lake.root"));
  }

  public LakeLayout layout() {
    return new LakeLayout(root);
  }
}
