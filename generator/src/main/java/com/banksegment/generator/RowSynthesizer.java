package com.banksegment.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * Computes row {@code i} of the file from the seed alone (random access, no state carried from
 * row to row). Attributes of a person (DOB, gender, location, base balance) are hashed from the
 * customer and persona, attributes of the transaction (date, time, amount) from the row.
 */
final class RowSynthesizer {
  private static final long STREAM_ROW = 0xA1;
  private static final long STREAM_PERSON = 0xB2;
  private static final long STREAM_GENDER_T = 0xC3;
  private static final int F_PERSONA = 1, F_MOVED = 2, F_BALANCE_DRIFT = 3, F_DATE = 4, F_HOUR = 5,
      F_MINUTE = 6, F_SECOND = 7, F_AMOUNT_KIND = 8, F_AMOUNT = 9, F_PAISE = 10, F_LOCATION = 11,
      F_DOB_AFTER = 12, F_DOB_AFTER_DAYS = 13;
  private static final int P_DOB_KIND = 21, P_DOB_YEAR_KIND = 22, P_DOB_YEAR = 23, P_DOB_MONTH = 24,
      P_DOB_DAY = 25, P_GENDER = 26, P_FEMALE = 27, P_LOCATION_KIND = 28, P_LOCATION = 29,
      P_BALANCE_KIND = 30, P_BALANCE = 31;
  private static final LocalDate LAST_DAY_OF_2016 = LocalDate.of(2016, 12, 31);

  private final long seed;
  private final CustomerLayout layout;
  private final LocationCatalog locations;
  private final TransactionDates dates;
  private final WeightedChoice hours = new WeightedChoice(Calibration.HOUR_WEIGHTS);
  private final WeightedChoice birthYears = new WeightedChoice(
      Arrays.stream(Calibration.BIRTH_YEAR_WEIGHTS).asDoubleStream().toArray());
  private final long[] genderTRows;

  RowSynthesizer(long rows, long seed, LocationCatalog locations, TransactionDates dates) {
    this.seed = seed;
    this.layout = new CustomerLayout(rows, seed);
    this.locations = locations;
    this.dates = dates;
    this.genderTRows = genderTRows(rows, seed);
  }

  CustomerLayout layout() {
    return layout;
  }

  /** Fills {@code out} with row {@code row} (0-based; the file's TransactionID is T(row+1)). */
  void fill(long row, TransactionRow out) {
    long customerAndOccurrence = layout.customerAndOccurrence(row);
    long customer = customerAndOccurrence >>> 3;
    int occurrence = (int) (customerAndOccurrence & 7);
    long rowKey = Mix.key(seed, STREAM_ROW, row);
    boolean otherPerson = occurrence > 0 && Mix.unit(rowKey, F_PERSONA) < Calibration.REPEAT_IS_OTHER_PERSON;
    boolean samePersonRepeat = occurrence > 0 && !otherPerson;
    long personKey = Mix.key(seed, STREAM_PERSON, customer * 8 + (otherPerson ? occurrence : 0));

    out.row = row;
    out.customerNumber = layout.customerNumber(customer);
    out.dateIndex = dates.pick(Mix.unit(rowKey, F_DATE));
    out.time = hours.pick(Mix.unit(rowKey, F_HOUR)) * 10_000
        + (int) Mix.below(rowKey, F_MINUTE, 60) * 100 + (int) Mix.below(rowKey, F_SECOND, 60);
    out.amountCents = amountCents(rowKey);
    fillDob(personKey, rowKey, out);
    out.gender = Arrays.binarySearch(genderTRows, row) >= 0 ? (byte) 'T' : gender(personKey);
    out.location = location(personKey);
    if (samePersonRepeat && out.location != TransactionRow.NONE
        && Mix.unit(rowKey, F_MOVED) < Calibration.SAME_PERSON_MOVED) {
      out.location = locations.pick(Mix.unit(rowKey, F_LOCATION));
    }
    out.balanceCents = balanceCents(personKey, samePersonRepeat, rowKey);
  }

  private long amountCents(long rowKey) {
    if (Mix.unit(rowKey, F_AMOUNT_KIND) < Calibration.AMOUNT_ZERO) {
      return 0;
    }
    double rupees = Calibration.AMOUNT.valueAt(Mix.unit(rowKey, F_AMOUNT));
    if (Mix.unit(rowKey, F_PAISE) < Calibration.AMOUNT_WITH_PAISE) {
      return Math.max(1, Math.round(rupees * 100));
    }
    return Math.max(1, Math.round(rupees)) * 100;
  }

  private void fillDob(long personKey, long rowKey, TransactionRow out) {
    out.dobAfterTransaction = false;
    double kind = Mix.unit(personKey, P_DOB_KIND);
    if (kind < Calibration.DOB_PLACEHOLDER) {
      out.dobKind = TransactionRow.DobKind.PLACEHOLDER;
      return;
    }
    kind -= Calibration.DOB_PLACEHOLDER;
    if (kind < Calibration.DOB_NAN) {
      out.dobKind = TransactionRow.DobKind.NAN;
      return;
    }
    kind -= Calibration.DOB_NAN;
    if (kind < Calibration.DOB_EMPTY) {
      out.dobKind = TransactionRow.DobKind.EMPTY;
      return;
    }
    out.dobKind = TransactionRow.DobKind.DATE;
    if (Mix.unit(rowKey, F_DOB_AFTER) < Calibration.DOB_AFTER_TRANSACTION) {
      LocalDate transaction = dates.date(out.dateIndex);
      long room = LAST_DAY_OF_2016.toEpochDay() - transaction.toEpochDay();
      LocalDate dob = transaction.plusDays(1 + Mix.below(rowKey, F_DOB_AFTER_DAYS, room));
      setDob(out, dob.getDayOfMonth(), dob.getMonthValue(), dob.getYear());
      out.dobAfterTransaction = true;
      return;
    }
    kind -= Calibration.DOB_EMPTY;
    if (kind < Calibration.DOB_2021) {
      setDob(out, 19, 1, 2021);
      return;
    }
    double yearKind = Mix.unit(personKey, P_DOB_YEAR_KIND);
    int year = yearKind < Calibration.DOB_2000S
        ? 2000 + (int) Mix.below(personKey, P_DOB_YEAR, 14)
        : Calibration.FIRST_BIRTH_YEAR + birthYears.pick(Mix.unit(personKey, P_DOB_YEAR));
    int month = 1 + (int) Mix.below(personKey, P_DOB_MONTH, 12);
    int day = 1 + (int) Mix.below(personKey, P_DOB_DAY, YearMonth.of(year, month).lengthOfMonth());
    setDob(out, day, month, year);
  }

  private static void setDob(TransactionRow out, int day, int month, int year) {
    out.dobDay = day;
    out.dobMonth = month;
    out.dobYear = year;
  }

  private static byte gender(long personKey) {
    if (Mix.unit(personKey, P_GENDER) < Calibration.GENDER_EMPTY) {
      return TransactionRow.GENDER_EMPTY;
    }
    return Mix.unit(personKey, P_FEMALE) < Calibration.FEMALE_SHARE_OF_KNOWN ? (byte) 'F' : (byte) 'M';
  }

  private int location(long personKey) {
    if (Mix.unit(personKey, P_LOCATION_KIND) < Calibration.LOCATION_EMPTY) {
      return TransactionRow.NONE;
    }
    return locations.pick(Mix.unit(personKey, P_LOCATION));
  }

  /** Balance in paise, or NONE when empty; a same-person repeat row's balance drifts by the row. */
  private static long balanceCents(long personKey, boolean drift, long rowKey) {
    double kind = Mix.unit(personKey, P_BALANCE_KIND);
    if (kind < Calibration.BALANCE_EMPTY) {
      return TransactionRow.NONE;
    }
    if (kind < Calibration.BALANCE_EMPTY + Calibration.BALANCE_ZERO) {
      return 0;
    }
    double rupees = Calibration.BALANCE.valueAt(Mix.unit(personKey, P_BALANCE));
    if (drift) {
      rupees *= StrictMath.exp(Calibration.SAME_PERSON_BALANCE_SIGMA * Mix.normal(rowKey, F_BALANCE_DRIFT));
    }
    return Math.max(1, Math.round(rupees * 100));
  }

  /** One row with gender T per 1,048,567 rows (at least one), each at a seeded place in its stretch. */
  private static long[] genderTRows(long rows, long seed) {
    if (rows == 0) {
      return new long[0];
    }
    int count = (int) ((rows + Calibration.ROWS_PER_GENDER_T - 1) / Calibration.ROWS_PER_GENDER_T);
    long[] result = new long[count];
    for (int i = 0; i < count; i++) {
      long start = rows * i / count;
      long end = rows * (i + 1) / count;
      result[i] = start + Mix.below(Mix.key(seed, STREAM_GENDER_T, i), 0, end - start);
    }
    return result;
  }
}
