package com.banksegment.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads typed values out of a {@link Config}, turning Typesafe's exceptions and
 * out-of-range values into one-line {@link SettingsException}s of the form
 * {@code segment.modeling.k-min = "abc": expected a whole number from 2 to 50}.
 */
public final class SettingsReader {
  private final Config config;

  public SettingsReader(Config config) {
    this.config = config;
  }

  public Config config() {
    return config;
  }

  public String string(String path) {
    return read(path, "a text value", config::getString);
  }

  public String nonBlank(String path) {
    String value = string(path);
    if (value.isBlank()) {
      throw invalid(path, value, "a non-empty value");
    }
    return value;
  }

  public String oneOf(String path, Set<String> allowed) {
    String value = string(path);
    if (!allowed.contains(value)) {
      throw invalid(path, value, "one of " + String.join(", ", allowed));
    }
    return value;
  }

  public int intBetween(String path, int min, int max) {
    int value = read(path, "a whole number from " + min + " to " + max, config::getInt);
    if (value < min || value > max) {
      throw invalid(path, value, "a whole number from " + min + " to " + max);
    }
    return value;
  }

  public long longAtLeast(String path, long min) {
    long value = read(path, "a whole number of at least " + min, config::getLong);
    if (value < min) {
      throw invalid(path, value, "a whole number of at least " + min);
    }
    return value;
  }

  public double doubleBetween(String path, double min, double max) {
    double value = read(path, "a number from " + min + " to " + max, config::getDouble);
    if (!(value >= min && value <= max)) {
      throw invalid(path, value, "a number from " + min + " to " + max);
    }
    return value;
  }

  public boolean bool(String path) {
    return read(path, "true or false", config::getBoolean);
  }

  /** A flat object of string values, e.g. pass-through Spark settings, in file order. */
  public Map<String, String> stringMap(String path) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigValue> e :
        read(path, "an object of key = value pairs", config::getObject).entrySet()) {
      Object raw = e.getValue().unwrapped();
      if (raw instanceof Map || raw instanceof List) {
        throw invalid(path + ".\"" + e.getKey() + "\"", raw, "a plain value");
      }
      out.put(e.getKey(), String.valueOf(raw));
    }
    return Map.copyOf(out);
  }

  public List<? extends Config> configList(String path) {
    return read(path, "a list of objects", config::getConfigList);
  }

  private <T> T read(String path, String expected, Function<String, T> getter) {
    try {
      return getter.apply(path);
    } catch (ConfigException.Missing e) {
      throw new SettingsException(path + " is missing: expected " + expected);
    } catch (ConfigException.WrongType | ConfigException.BadValue e) {
      Object shown = config.hasPathOrNull(path) && !config.getIsNull(path)
          ? config.getValue(path).unwrapped() : null;
      throw invalid(path, shown, expected);
    }
  }

  public static SettingsException invalid(String path, Object value, String expected) {
    String shown = value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    return new SettingsException(path + " = " + shown + ": expected " + expected);
  }
}
