package com.banksegment.generator;

/**
 * The figures the generator is calibrated to: the published profile of the full 1,048,567-row file
 * (../shared/data/README.md: missing counts, gender counts, quartiles, means and maxima) and, where
 * the full file's profile says nothing, the shape measured on the real 20,000-row head.
 */
final class Calibration {
  private Calibration() {}

  private static final double FULL_ROWS = 1_048_567;

  // CustomerDOB, drawn once per person.
  /** 57,339 rows of the full file carry 1/1/1800. */
  static final double DOB_PLACEHOLDER = 57_339 / FULL_ROWS;
  /** 3,397 DOBs of the full file are missing: mostly the text nan, a few left empty. */
  static final double DOB_NAN = 3_150 / FULL_ROWS;
  static final double DOB_EMPTY = 247 / FULL_ROWS;
  /** The head has 19-01-2021 three times in 20,000 rows: a birth date after every transaction. */
  static final double DOB_2021 = 0.00015;
  /** About 0.13% of the head's birth years are 2000..2013. */
  static final double DOB_2000S = 0.0013;
  /** Rows whose DOB is later in 2016 than the transaction itself (row level). */
  static final double DOB_AFTER_TRANSACTION = 0.00005;
  /** Birth years 1930..1999, relative weights (smoothed from the real head; peak 1989-1991). */
  static final int FIRST_BIRTH_YEAR = 1930;
  static final int[] BIRTH_YEAR_WEIGHTS = {
      1, 1, 2, 2, 1, 2, 3, 4, 5, 5, 5, 4, 7, 7, 8, 8, 10, 15, 16, 19,
      22, 30, 32, 36, 32, 34, 33, 35, 37, 41, 42, 47, 52, 62, 65, 72, 86, 99, 103, 110,
      118, 143, 153, 179, 194, 236, 276, 343, 390, 453, 489, 558, 603, 697, 786, 897, 1005, 1091,
      1203, 1245, 1288, 1245, 1155, 971, 706, 466, 279, 157, 71, 19};

  // CustGender, per person: M about 765,500, F about 281,900, 1,100 empty, and one T in the file.
  static final double GENDER_EMPTY = 1_100 / FULL_ROWS;
  static final double FEMALE_SHARE_OF_KNOWN = 281_900 / (765_500 + 281_900.0);
  static final long ROWS_PER_GENDER_T = 1_048_567;

  // CustLocation, per person: 151 empty in the full file.
  static final double LOCATION_EMPTY = 151 / FULL_ROWS;

  // CustAccountBalance, per person: 2,369 empty; zeros as in the head (40 in 20,000).
  static final double BALANCE_EMPTY = 2_369 / FULL_ROWS;
  static final double BALANCE_ZERO = 0.002;
  /**
   * Quartiles 4,721.76 / 16,792.18 / 57,657.36, max 115,035,495 (full file); lower and upper tails
   * shaped like the head's and tuned so the mean is about 115,400.
   */
  static final QuantileCurve BALANCE = new QuantileCurve(
      0, 0.01, 0.01, 4.5, 0.05, 115, 0.10, 760, 0.25, 4_721.76, 0.50, 16_792.18, 0.75, 57_657.36,
      0.90, 190_000, 0.95, 390_000, 0.99, 1_400_000, 0.999, 5_800_000, 0.9999, 19_000_000,
      0.99999, 60_000_000, 1.0, 115_035_495);

  // TransactionAmount (INR), per row.
  static final double AMOUNT_ZERO = 0.00075;
  /** 88% of the head's amounts are whole rupees; the rest have paise (1762.5, 1400.12). */
  static final double AMOUNT_WITH_PAISE = 0.12;
  /**
   * Quartiles 161 / 459.03 / 1,200, max 1,560,035 (full file); tail tuned for a mean near 1,574
   * and a standard deviation near the full file's 6,575.
   */
  static final QuantileCurve AMOUNT = new QuantileCurve(
      0, 1, 0.01, 6, 0.05, 30, 0.10, 55, 0.25, 161, 0.50, 459.03, 0.75, 1_200, 0.90, 2_850,
      0.95, 5_000, 0.99, 17_000, 0.999, 58_000, 0.9999, 150_000, 0.99999, 420_000, 1.0, 1_560_035);

  /**
   * TransactionTime: weight of each hour 0..23 (minutes and seconds uniform), giving the full
   * file's quartiles 12:40, 16:42 and 20:00. Few rows fall just after midnight, so 3- and 4-digit
   * times are rare and a handful are 1 or 2 digits (the full file's minimum is 0).
   */
  static final double[] HOUR_WEIGHTS = {
      0.15, 0.15, 0.2, 0.2, 0.25, 0.6, 1.2, 2.0, 3.0, 4.1, 4.9, 5.35,
      5.0, 5.5, 5.8, 6.3, 7.7, 7.5, 7.4, 7.8, 8.0, 7.5, 5.8, 3.7};

  // Repeat customers: as in the real file the same CustomerID often carries another person's
  // DOB, gender and location (ids were reused), or the same person with a new balance.
  /** A repeat row describes a different person than the customer's first row. */
  static final double REPEAT_IS_OTHER_PERSON = 0.5;
  /** A same-person repeat row gives another location (the customer moved). */
  static final double SAME_PERSON_MOVED = 0.05;
  /** A same-person repeat row's balance is the first one times exp(N(0, sigma)). */
  static final double SAME_PERSON_BALANCE_SIGMA = 0.35;
}
