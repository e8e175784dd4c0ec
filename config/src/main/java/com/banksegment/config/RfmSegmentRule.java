package com.banksegment.config;

import com.typesafe.config.Config;

/** One named RFM segment: inclusive ranges of the 1..5 R, F and M scores. */
public record RfmSegmentRule(String name, ScoreRange r, ScoreRange f, ScoreRange m) {

  public boolean matches(int rScore, int fScore, int mScore) {
    return r.contains(rScore) && f.contains(fScore) && m.contains(mScore);
  }

  /** An inclusive range of scores written "lo-hi" (or one score "n"). */
  public record ScoreRange(int low, int high) {
    public boolean contains(int score) {
      return score >= low && score <= high;
    }

    static ScoreRange parse(String path, String text) {
      String[] parts = text.trim().split("-", -1);
      try {
        int low = Integer.parseInt(parts[0].trim());
        int high = parts.length == 1 ? low : Integer.parseInt(parts[1].trim());
        if (parts.length > 2 || low < 1 || high > 5 || low > high) {
          throw new NumberFormatException();
        }
        return new ScoreRange(low, high);
      } catch (NumberFormatException e) {
        throw SettingsReader.invalid(path, text, "a score range like \"4-5\" within 1..5");
      }
    }
  }

  static RfmSegmentRule read(String path, Config c) {
    SettingsReader r = new SettingsReader(c);
    String name;
    try {
      name = r.nonBlank("name");
    } catch (SettingsException e) {
      throw new SettingsException(path + "." + e.getMessage());
    }
    return new RfmSegmentRule(name,
        ScoreRange.parse(path + ".r", stringOf(path + ".r", c, "r")),
        ScoreRange.parse(path + ".f", stringOf(path + ".f", c, "f")),
        ScoreRange.parse(path + ".m", stringOf(path + ".m", c, "m")));
  }

  private static String stringOf(String fullPath, Config c, String key) {
    if (!c.hasPath(key)) {
      throw new SettingsException(fullPath + " is missing: expected a score range like \"4-5\"");
    }
    return String.valueOf(c.getValue(key).unwrapped());
  }
}
