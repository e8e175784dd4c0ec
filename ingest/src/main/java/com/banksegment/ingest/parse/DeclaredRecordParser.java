package com.banksegment.ingest.parse;

import static com.banksegment.ingest.parse.RawText.show;

import com.banksegment.config.source.SourceDeclaration;
import com.banksegment.config.source.SourceDeclaration.AmountRule;
import com.banksegment.config.source.SourceDeclaration.CancellationRule;
import com.banksegment.config.source.SourceDeclaration.TimestampRule;
import com.banksegment.contract.RejectReason;
import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * Parses one data line of any declared source ({@code segment.sources.<name>}) into a
 * {@link CleanRecord} or a {@link Rejection}, by the declaration's columns and rules. Hard errors
 * are checked in the order of {@link RejectReason}, as for the bank's layout; the source's
 * column names appear in every detail. As with the bank, a record is one physical line.
 *
 * <p>Invoice lines (amount = quantity x unit price): a cancellation (id prefix, or a negative
 * quantity, as declared) is kept and flagged, its negative amount allowed; a negative amount on
 * any other line, or a negative unit price on any line, is {@code NEGATIVE_AMOUNT}.
 */
public final class DeclaredRecordParser implements LineParser {

  private final SourceDeclaration source;
  private final CsvParser csv;
  private final int columns;
  private final DeclaredTimestamps timestamps;
  private final DeclaredTimestamps times;
  private final DeclaredAttributes attributes;

  public DeclaredRecordParser(SourceDeclaration source) {
    this.source = source;
    this.columns = source.columns().size();
    if (source.timestamp() instanceof TimestampRule.OneColumn one) {
      this.timestamps = new DeclaredTimestamps(one.formats());
      this.times = null;
    } else {
      TimestampRule.DateAndTime split = (TimestampRule.DateAndTime) source.timestamp();
      this.timestamps = new DeclaredTimestamps(split.dateFormats());
      this.times = new DeclaredTimestamps(split.timeFormats());
    }
    this.attributes = new DeclaredAttributes(source);
    this.csv = RawRecordParser.tokenizer(source.csv().delimiter(), source.csv().quote());
  }

  @Override
  public ParsedLine parse(String line) {
    String[] fields = split(line);
    if (fields == null || fields.length != columns) {
      String found = fields == null ? "more than " + RawRecordParser.MAX_FIELDS : String.valueOf(fields.length);
      return new Rejection(RejectReason.WRONG_COLUMN_COUNT, "expected " + columns + " fields separated by "
          + show(String.valueOf(source.csv().delimiter())) + " (source " + source.name() + "), found " + found);
    }
    Fields row = new Fields(source, fields);
    String id = row.get(source.transactionId());
    if (id.isEmpty()) {
      return new Rejection(RejectReason.MISSING_TRANSACTION_ID, source.transactionId() + " is empty");
    }
    String customer = row.get(source.customerId());
    if (customer.isEmpty()) {
      return new Rejection(RejectReason.MISSING_CUSTOMER_ID, source.customerId() + " is empty");
    }
    Object when = timestamp(row);
    if (when instanceof Rejection rejection) {
      return rejection;
    }
    LocalDateTime at = (LocalDateTime) when;
    Object money = amount(row, id);
    if (money instanceof Rejection rejection) {
      return rejection;
    }
    Amount amount = (Amount) money;
    return attributes.clean(row, id, customer, at, amount.value(), amount.quantity(), amount.unitPrice(),
        amount.cancellation(), RawValues.hhmmss(at.toLocalTime()), at.toInstant(ZoneOffset.UTC));
  }

  /** The transaction's date and time, or the rejection that says why there is none. */
  private Object timestamp(Fields row) {
    if (source.timestamp() instanceof TimestampRule.OneColumn one) {
      String text = row.get(one.column());
      if (text.isEmpty()) {
        return new Rejection(RejectReason.MISSING_TRANSACTION_DATE, one.column() + " is empty");
      }
      LocalDateTime at = timestamps.dateTime(text);
      return at != null ? at : new Rejection(RejectReason.BAD_TRANSACTION_DATE, one.column() + " " + show(text)
          + " is not a date and time written " + timestamps.described());
    }
    TimestampRule.DateAndTime split = (TimestampRule.DateAndTime) source.timestamp();
    String dateText = row.get(split.dateColumn());
    if (dateText.isEmpty()) {
      return new Rejection(RejectReason.MISSING_TRANSACTION_DATE, split.dateColumn() + " is empty");
    }
    LocalDate date = timestamps.date(dateText);
    if (date == null) {
      return new Rejection(RejectReason.BAD_TRANSACTION_DATE, split.dateColumn() + " " + show(dateText)
          + " is not a calendar date written " + timestamps.described());
    }
    String timeText = row.get(split.timeColumn());
    LocalTime time = timeText.isEmpty() ? null : times.time(timeText);
    return time != null ? date.atTime(time) : new Rejection(RejectReason.BAD_TRANSACTION_TIME,
        split.timeColumn() + " " + show(timeText) + " is not a time written " + times.described());
  }

  /** A row's amount, and for invoice lines its quantity, unit price and whether it is a cancellation. */
  record Amount(double value, Double quantity, Double unitPrice, boolean cancellation) {}

  private Object amount(Fields row, String id) {
    CancellationRule rule = source.cancellations();
    boolean prefixed = rule.idPrefix() != null && id.startsWith(rule.idPrefix());
    if (source.amount() instanceof AmountRule.OneColumn one) {
      String text = row.get(one.column());
      Double value = RawValues.decimal(text);
      if (value == null) {
        return new Rejection(RejectReason.BAD_AMOUNT, one.column() + " " + show(text) + " is not a number");
      }
      if (value < 0 && !prefixed) {
        return new Rejection(RejectReason.NEGATIVE_AMOUNT, one.column() + " " + show(text) + " is negative");
      }
      return new Amount(value + 0.0, null, null, prefixed);
    }
    AmountRule.LineItems items = (AmountRule.LineItems) source.amount();
    String quantityText = row.get(items.quantity());
    Double quantity = RawValues.decimal(quantityText);
    if (quantity == null) {
      return new Rejection(RejectReason.BAD_AMOUNT, items.quantity() + " " + show(quantityText) + " is not a number");
    }
    String priceText = row.get(items.unitPrice());
    Double price = RawValues.decimal(priceText);
    if (price == null) {
      return new Rejection(RejectReason.BAD_AMOUNT, items.unitPrice() + " " + show(priceText) + " is not a number");
    }
    if (price < 0) {
      return new Rejection(RejectReason.NEGATIVE_AMOUNT, items.unitPrice() + " " + show(priceText) + " is negative");
    }
    boolean cancellation = prefixed || rule.negativeQuantity() && quantity < 0;
    if (quantity < 0 && !cancellation) {
      return new Rejection(RejectReason.NEGATIVE_AMOUNT, items.quantity() + " " + show(quantityText)
          + " is negative on a line that is not a cancellation");
    }
    return new Amount(quantity * price + 0.0, quantity + 0.0, price + 0.0, cancellation);
  }

  private String[] split(String line) {
    try {
      String[] fields = csv.parseLine(line);
      return fields == null ? new String[] {""} : fields;
    } catch (TextParsingException e) {
      return null; // only raised for a line with more than MAX_FIELDS fields
    }
  }

  /** A row's fields by the source's column names, trimmed. */
  static final class Fields {
    private final SourceDeclaration source;
    private final String[] values;

    Fields(SourceDeclaration source, String[] values) {
      this.source = source;
      this.values = values;
    }

    String get(String column) {
      String value = values[source.columns().indexOf(column)];
      return value == null ? "" : value.trim();
    }

    /** The value of an optional column: "" when the source does not declare it. */
    String optional(String column) {
      return column == null ? "" : get(column);
    }
  }
}
