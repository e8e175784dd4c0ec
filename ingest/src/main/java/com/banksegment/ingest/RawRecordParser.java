package com.banksegment.ingest;

import static com.banksegment.ingest.RawLayout.show;

import com.banksegment.contract.RejectReason;
import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Turns one raw data line of the bank layout into a {@link CleanRecord} or a {@link Rejection},
 * by the rules of DESIGN.md. Plain Java, no Spark: one instance per partition (not thread-safe,
 * it reuses its CSV tokenizer).
 *
 * <p>Assumption: a record never spans physical lines (the bank's file has no quoted newlines),
 * so each line is tokenised on its own, the way Spark's own CSV reader does when multiLine is off
 * and with the same tokenizer (univocity) for lines that contain quotes: quoted fields may hold
 * commas ("JORHAT, ASSAM") and {@code ""} escapes.
 *
 * <p>Hard errors are checked in the order of {@link RejectReason}; the first one found wins.
 * Duplicate TransactionIDs need every row, so the Spark job marks them afterwards.
 */
public final class RawRecordParser {
  /** More fields than this is junk; univocity needs a bound, the answer is the same. */
  private static final int MAX_FIELDS = 1_000;

  private final CsvParser csv;

  public RawRecordParser() {
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setDelimiter(',');
    settings.getFormat().setQuote('"');
    settings.getFormat().setQuoteEscape('"');
    settings.getFormat().setLineSeparator("\n");
    settings.getFormat().setComment('\0'); // '#' would otherwise make a line a comment and drop it
    settings.setMaxColumns(MAX_FIELDS);
    settings.setMaxCharsPerColumn(-1);
    settings.setNullValue("");
    settings.setEmptyValue("");
    this.csv = new CsvParser(settings);
  }

  /** Parses one data line (without its line terminator). */
  public ParsedLine parse(String line) {
    String[] fields = split(line);
    if (fields == null || fields.length != RawLayout.COLUMNS.size()) {
      String found = fields == null ? "more than " + MAX_FIELDS : String.valueOf(fields.length);
      return new Rejection(RejectReason.WRONG_COLUMN_COUNT,
          "expected " + RawLayout.COLUMNS.size() + " comma-separated fields, found " + found);
    }
    String transactionId = fields[RawLayout.TRANSACTION_ID].trim();
    if (transactionId.isEmpty()) {
      return new Rejection(RejectReason.MISSING_TRANSACTION_ID, "TransactionID is empty");
    }
    String customerId = fields[RawLayout.CUSTOMER_ID].trim();
    if (customerId.isEmpty()) {
      return new Rejection(RejectReason.MISSING_CUSTOMER_ID, "CustomerID is empty");
    }
    String dateText = fields[RawLayout.TRANSACTION_DATE].trim();
    if (dateText.isEmpty()) {
      return new Rejection(RejectReason.MISSING_TRANSACTION_DATE, "TransactionDate is empty");
    }
    LocalDate date = RawValues.transactionDate(dateText);
    if (date == null) {
      return new Rejection(RejectReason.BAD_TRANSACTION_DATE, "TransactionDate " + show(dateText)
          + " is not a calendar date written d/m/yy or dd-mm-yyyy");
    }
    String timeText = fields[RawLayout.TRANSACTION_TIME].trim();
    LocalTime time = RawValues.time(timeText);
    if (time == null) {
      return new Rejection(RejectReason.BAD_TRANSACTION_TIME, "TransactionTime " + show(timeText)
          + " is not a time HHMMSS (1 to 6 digits, 0 to 235959, minutes and seconds below 60)");
    }
    String amountText = fields[RawLayout.AMOUNT].trim();
    Double amount = RawValues.decimal(amountText);
    if (amount == null) {
      return new Rejection(RejectReason.BAD_AMOUNT, "TransactionAmount (INR) " + show(amountText)
          + " is not a number");
    }
    if (amount < 0) {
      return new Rejection(RejectReason.NEGATIVE_AMOUNT, "TransactionAmount (INR) " + show(amountText)
          + " is negative");
    }
    return clean(fields, transactionId, customerId, date, time, amount + 0.0); // + 0.0 turns -0 into 0
  }

  private static CleanRecord clean(String[] fields, String transactionId, String customerId,
      LocalDate date, LocalTime time, double amount) {
    BirthDate dob = BirthDate.of(fields[RawLayout.CUSTOMER_DOB].trim(), date);
    String gender = gender(fields[RawLayout.GENDER].trim());
    String location = fields[RawLayout.LOCATION].trim();
    Double balance = RawValues.decimal(fields[RawLayout.BALANCE].trim());
    return new CleanRecord(
        transactionId,
        customerId,
        dob.value(),
        gender,
        location.isEmpty() ? null : location,
        balance,
        date,
        RawValues.hhmmss(time),
        date.atTime(time).toInstant(ZoneOffset.UTC),
        time.getHour(),
        amount,
        dob.placeholder(),
        dob.missing(),
        dob.invalid(),
        gender == null,
        location.isEmpty(),
        balance == null);
  }

  /** {@code M} or {@code F} (either case); anything else, including the one {@code T}, is unknown. */
  private static String gender(String text) {
    if (text.equalsIgnoreCase("M")) {
      return "M";
    }
    if (text.equalsIgnoreCase("F")) {
      return "F";
    }
    return null;
  }

  private String[] split(String line) {
    // Most lines have no quote at all, and then every comma separates: split them directly,
    // which takes a third of the tokenizer's time. Lines with quotes go to the tokenizer.
    if (line.indexOf('"') < 0) {
      return splitUnquoted(line);
    }
    try {
      String[] fields = csv.parseLine(line);
      return fields == null ? new String[] {""} : fields;
    } catch (TextParsingException e) {
      return null; // only raised here for a line with more than MAX_FIELDS fields
    }
  }

  private static String[] splitUnquoted(String line) {
    int fields = 1;
    for (int i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
      if (++fields > MAX_FIELDS) {
        return null;
      }
    }
    String[] out = new String[fields];
    int start = 0;
    for (int f = 0; f < fields - 1; f++) {
      int comma = line.indexOf(',', start);
      out[f] = line.substring(start, comma);
      start = comma + 1;
    }
    out[fields - 1] = line.substring(start);
    return out;
  }

  /** The cleaned CustomerDOB: a date, or null with exactly one reason flag. */
  private record BirthDate(LocalDate value, boolean placeholder, boolean missing, boolean invalid) {
    private static final LocalDate PLACEHOLDER = LocalDate.of(1800, 1, 1);

    static BirthDate of(String text, LocalDate transactionDate) {
      if (text.isEmpty() || text.equalsIgnoreCase("nan")) {
        return new BirthDate(null, false, true, false);
      }
      LocalDate dob = RawValues.birthDate(text, transactionDate);
      if (PLACEHOLDER.equals(dob)) {
        return new BirthDate(null, true, false, false);
      }
      if (dob == null || dob.isAfter(transactionDate)) {
        return new BirthDate(null, false, false, true);
      }
      return new BirthDate(dob, false, false, false);
    }
  }
}
