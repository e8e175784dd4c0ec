package com.banksegment.ingest.parse;

/** What raw lines look like to ingest: blank lines, and raw values made safe for a one-line message. */
public final class RawText {
  private RawText() {}

  /**
   * A line with nothing but spaces, tabs or a carriage return separates nothing and is not an
   * input row (a trailing empty line, say). Control characters other than those are junk, not blank.
   */
  public static boolean isBlank(CharSequence line) {
    for (int i = 0; i < line.length(); i++) {
      if (!isSpace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** As {@link #isBlank(CharSequence)}, on UTF-8 bytes (ASCII whitespace is single bytes). */
  public static boolean isBlank(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (!isSpace((char) bytes[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
  }

  /** A raw value made safe for a one-line message: quoted, control characters escaped, cut at 60 chars. */
  public static String show(String value) {
    return show(value, 60);
  }

  /** As {@link #show(String)}, cut at {@code max} characters. */
  public static String show(String value, int max) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 5).append('"');
    for (int i = 0; i < value.length() && i < max; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\uFFFD') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(value.length() > max ? "...\"" : "\"").toString();
  }
}
