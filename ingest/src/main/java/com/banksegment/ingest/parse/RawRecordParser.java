package com.banksegment.ingest.parse;

import static com.banksegment.ingest.parse.RawText.show;

import com.banksegment.contract.RawLayout;
import com.banksegment.contract.RejectReason;
import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Turns one raw data line of the bank layout into a {@link CleanRecord} or a {@link Rejection},
 * by the rules of docs/data-contract.md ("How ingest reads the raw files"). Plain Java, no Spark:
 * one instance per partition (not thread-safe, it reuses its CSV tokenizer).
 *
 * <p>Assumption: a record never spans physical lines (the bank's file has no quoted newlines),
 * so each line is tokenised on its own, the way Spark's own CSV reader does when multiLine is off
 * and with the same tokenizer (univocity) for lines that contain quotes: quoted fields may hold
 * commas ("JORHAT, ASSAM") and {@code ""} escapes.
 *
 * <p>Hard errors are checked in the order of {@link RejectReason}; the first one found wins.
 * Duplicate TransactionIDs need every row, so the Spark job marks them afterwards.
 */
public final class RawRecordParser implements LineParser {
  /** More fields than this is junk; univocity needs a bound, the answer is the same. */
  static final int MAX_FIELDS = 1_000;

  // The layout's columns this parser reads; each field is found by its column's position.
  private static final String TRANSACTION_ID = "TransactionID";
  private static final String CUSTOMER_ID = "CustomerID";
  private static final String CUSTOMER_DOB = "CustomerDOB";
  private static final String GENDER = "CustGender";
  private static final String LOCATION = "CustLocation";
  private static final String BALANCE = "CustAccountBalance";
  private static final String TRANSACTION_DATE = "TransactionDate";
  private static final String TRANSACTION_TIME = "TransactionTime";
  private static final String AMOUNT = "TransactionAmount (INR)";

  private final CsvParser csv;
  private final int columns;
  private final int transactionId;
  private final int customerId;
  private final int customerDob;
  private final int gender;
  private final int location;
  private final int balance;
  private final int transactionDate;
  private final int transactionTime;
  private final int amount;

  /** A parser of the bank's layout. */
  public RawRecordParser() {
    this(RawLayout.BANK);
  }

  public RawRecordParser(RawLayout layout) {
    this.columns = layout.size();
    this.transactionId = layout.indexOf(TRANSACTION_ID);
    this.customerId = layout.indexOf(CUSTOMER_ID);
    this.customerDob = layout.indexOf(CUSTOMER_DOB);
    this.gender = layout.indexOf(GENDER);
    this.location = layout.indexOf(LOCATION);
    this.balance = layout.indexOf(BALANCE);
    this.transactionDate = layout.indexOf(TRANSACTION_DATE);
    this.transactionTime = layout.indexOf(TRANSACTION_TIME);
    this.amount = layout.indexOf(AMOUNT);
    this.csv = tokenizer(',', '"');
  }

  /**
   * The CSV tokenizer of one data line, for any source's delimiter and quote (a quote inside a
   * quoted field is doubled): every field kept as text, empty fields as "", no comment lines, at
   * most {@link #MAX_FIELDS} fields.
   */
  static CsvParser tokenizer(char delimiter, char quote) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setDelimiter(delimiter);
    settings.getFormat().setQuote(quote);
    settings.getFormat().setQuoteEscape(quote);
    settings.getFormat().setLineSeparator("\n");
    settings.getFormat().setComment('\0'); // '#' would otherwise make a line a comment and drop it
    settings.setMaxColumns(MAX_FIELDS);
    settings.setMaxCharsPerColumn(-1);
    settings.setNullValue("");
    settings.setEmptyValue("");
    return new CsvParser(settings);
  }

  /** Parses one data line (without its line terminator). */
  @Override
  public ParsedLine parse(String line) {
    String[] fields = split(line);
    if (fields == null || fields.length != columns) {
      String found = fields == null ? "more than " + MAX_FIELDS : String.valueOf(fields.length);
      return new Rejection(RejectReason.WRONG_COLUMN_COUNT,
          "expected " + columns + " comma-separated fields, found " + found);
    }
    String id = fields[transactionId].trim();
    if (id.isEmpty()) {
      return new Rejection(RejectReason.MISSING_TRANSACTION_ID, TRANSACTION_ID + " is empty");
    }
    String customer = fields[customerId].trim();
    if (customer.isEmpty()) {
      return new Rejection(RejectReason.MISSING_CUSTOMER_ID, CUSTOMER_ID + " is empty");
    }
    String dateText = fields[transactionDate].trim();
    if (dateText.isEmpty()) {
      return new Rejection(RejectReason.MISSING_TRANSACTION_DATE, TRANSACTION_DATE + " is empty");
    }
    LocalDate date = RawValues.transactionDate(dateText);
    if (date == null) {
      return new Rejection(RejectReason.BAD_TRANSACTION_DATE, TRANSACTION_DATE + " " + show(dateText)
          + " is not a calendar date written d/m/yy or dd-mm-yyyy");
    }
    String timeText = fields[transactionTime].trim();
    LocalTime time = RawValues.time(timeText);
    if (time == null) {
      return new Rejection(RejectReason.BAD_TRANSACTION_TIME, TRANSACTION_TIME + " " + show(timeText)
          + " is not a time HHMMSS (1 to 6 digits, 0 to 235959, minutes and seconds below 60)");
    }
    String amountText = fields[amount].trim();
    Double value = RawValues.decimal(amountText);
    if (value == null) {
      return new Rejection(RejectReason.BAD_AMOUNT, AMOUNT + " " + show(amountText) + " is not a number");
    }
    if (value < 0) {
      return new Rejection(RejectReason.NEGATIVE_AMOUNT, AMOUNT + " " + show(amountText) + " is negative");
    }
    return clean(fields, id, customer, date, time, value + 0.0); // + 0.0 turns -0 into 0
  }

  private CleanRecord clean(String[] fields, String id, String customer, LocalDate date, LocalTime time,
      double value) {
    BirthDate dob = BirthDate.of(fields[customerDob].trim(), date);
    String sex = gender(fields[gender].trim());
    String place = fields[location].trim();
    Double money = RawValues.decimal(fields[balance].trim());
    return new CleanRecord(
        id,
        customer,
        dob.value(),
        sex,
        place.isEmpty() ? null : place,
        money,
        date,
        RawValues.hhmmss(time),
        date.atTime(time).toInstant(ZoneOffset.UTC),
        time.getHour(),
        value,
        dob.placeholder(),
        dob.missing(),
        dob.invalid(),
        sex == null,
        place.isEmpty(),
        money == null);
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
