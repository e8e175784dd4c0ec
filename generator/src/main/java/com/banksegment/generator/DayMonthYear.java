package com.banksegment.generator;

/** The original file's date style: day and month without leading zeros, two-digit year (2/8/16). */
final class DayMonthYear {
  private DayMonthYear() {}

  static String format(int day, int month, int year) {
    int twoDigitYear = Math.floorMod(year, 100);
    return day + "/" + month + "/" + (twoDigitYear < 10 ? "0" : "") + twoDigitYear;
  }
}
