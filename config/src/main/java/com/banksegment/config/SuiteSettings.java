package com.banksegment.config;

import com.banksegment.config.source.SourceCatalog;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.util.List;
import java.util.Set;

/**
 * All settings of the suite, loaded once and immutable. Layers, strongest first:
 * command-line overrides, JVM system properties, environment ({@code CONFIG_FORCE_*}),
 * the profile overlay ({@code profiles/<profile>.conf}), then {@code reference.conf}.
 */
public record SuiteSettings(
    String profile,
    SparkSettings spark,
    LakeSettings lake,
    IngestSettings ingest,
    FeatureSettings features,
    ModelingSettings modeling,
    LifetimeSettings lifetime,
    DriftSettings drift,
    UiSettings ui,
    SourceCatalog sources,
    Config raw) {

  public static final Set<String> PROFILES = Set.of("local", "yarn");

  /** Loads the settings of this process's environment with no command-line overrides. */
  public static SuiteSettings load() {
    return load(List.of());
  }

  /**
   * Loads the settings, applying {@code key=value} overrides as given on the command line
   * (for example {@code --conf segment.lake.root=/tmp/lake}); they win over everything else.
   */
  public static SuiteSettings load(List<String> overrides) {
    ConfigFactory.invalidateCaches();
    Config commandLine = parseOverrides(overrides);
    Config env = ConfigFactory.systemEnvironmentOverrides();
    Config sys = ConfigFactory.systemProperties();
    Config base = ConfigFactory.defaultReference();
    Config strong = commandLine.withFallback(sys).withFallback(env);
    String profile = new SettingsReader(strong.withFallback(base).resolve())
        .oneOf("segment.profile", PROFILES);
    Config overlay = ConfigFactory.parseResources("profiles/" + profile + ".conf",
        ConfigParseOptions.defaults().setAllowMissing(false));
    Config merged;
    try {
      merged = strong.withFallback(overlay).withFallback(base).resolve();
    } catch (ConfigException e) {
      throw new SettingsException("configuration could not be resolved: " + e.getMessage());
    }
    return from(merged);
  }

  /** Builds typed settings from an already merged configuration (tests use this). */
  public static SuiteSettings from(Config merged) {
    SettingsReader r = new SettingsReader(merged);
    return new SuiteSettings(
        r.oneOf("segment.profile", PROFILES),
        SparkSettings.read(r),
        LakeSettings.read(r),
        IngestSettings.read(r),
        FeatureSettings.read(r),
        ModelingSettings.read(r),
        LifetimeSettings.read(r),
        DriftSettings.read(r),
        UiSettings.read(r),
        SourceCatalog.read(r),
        merged);
  }

  /** The same settings with one key replaced, for tests and for stage-specific tweaks. */
  public SuiteSettings with(String path, Object value) {
    return from(raw.withValue(path, com.typesafe.config.ConfigValueFactory.fromAnyRef(value)));
  }

  private static Config parseOverrides(List<String> overrides) {
    Config result = ConfigFactory.empty();
    for (String override : overrides) {
      int eq = override.indexOf('=');
      if (eq <= 0) {
        throw new SettingsException("--conf " + override + ": expected key=value, e.g. segment.lake.root=/data/lake");
      }
      String key = override.substring(0, eq).trim();
      String value = override.substring(eq + 1).trim();
      try {
        // Parsed as HOCON so numbers, booleans and lists keep their types.
        result = ConfigFactory.parseString(key + " = " + quoteIfNeeded(value)).withFallback(result);
      } catch (ConfigException e) {
        throw new SettingsException("--conf " + override + ": not a valid setting (" + e.getMessage() + ")");
      }
    }
    return result;
  }

  private static String quoteIfNeeded(String value) {
    if (value.startsWith("\"") || value.startsWith("[") || value.startsWith("{")) {
      return value;
    }
    if (value.matches("-?\\d+(\\.\\d+)?|true|false")) {
      return value;
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
