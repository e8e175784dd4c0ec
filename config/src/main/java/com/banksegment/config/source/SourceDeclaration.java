package com.banksegment.config.source;

import java.io.Serializable;
import java.util.List;

/**
 * A declared transaction log ({@code segment.sources.<name>}, docs/sources.md): how its CSV files
 * are written and which column means what. Ingest reads any declared source into the same
 * clean/transactions table, so the stages after it never see the raw layout. Serializable: the
 * ingest's parsers are built from it on Spark's executors.
 *
 * <p>The customer attributes (birthDate, gender, location, country, balance) are optional: null
 * is an attribute the source does not have (its clean column stays null). Nulls rather than
 * {@code Optional}s because Java serialization (Spark's) refuses {@code Optional}.
 *
 * @param columns the header, in order; every other part names columns of it
 * @param transactionId the transaction of a row: unique per row when the amount is one column,
 *     the invoice that groups the lines when the amount is quantity x unit price
 */
public record SourceDeclaration(
    String name,
    CsvFormat csv,
    List<String> columns,
    String customerId,
    String transactionId,
    TimestampRule timestamp,
    AmountRule amount,
    BirthDateRule birthDate,
    GenderRule gender,
    String location,
    String country,
    String balance,
    CancellationRule cancellations) implements Serializable {

  public SourceDeclaration {
    columns = List.copyOf(columns);
  }

  /** Whether rows are lines of an invoice (amount = quantity x unit price) rather than whole transactions. */
  public boolean rowsAreInvoiceLines() {
    return amount instanceof AmountRule.LineItems;
  }

  /** The CSV dialect. Only UTF-8 (a byte-order mark allowed), a header line and LF or CRLF endings are read today. */
  public record CsvFormat(char delimiter, char quote, String encoding, boolean header, String lineEndings)
      implements Serializable {}

  /** When a transaction happened: one column, or a date column and a time column, each with accepted formats. */
  public sealed interface TimestampRule extends Serializable {
    /** One column holding date and time, e.g. {@code 01-12-2010 08:45}. */
    record OneColumn(String column, List<String> formats) implements TimestampRule {
      public OneColumn {
        formats = List.copyOf(formats);
      }
    }

    /** A date column and a time column. */
    record DateAndTime(String dateColumn, List<String> dateFormats, String timeColumn, List<String> timeFormats)
        implements TimestampRule {
      public DateAndTime {
        dateFormats = List.copyOf(dateFormats);
        timeFormats = List.copyOf(timeFormats);
      }
    }
  }

  /** A row's amount: one column, or quantity x unit price (then rows are invoice lines). */
  public sealed interface AmountRule extends Serializable {
    record OneColumn(String column) implements AmountRule {}

    record LineItems(String quantity, String unitPrice) implements AmountRule {}
  }

  /**
   * Date of birth: its formats, texts that mean "not given" and a placeholder date that means
   * the same (ISO {@code yyyy-mm-dd}, or null). A two-digit year is 20yy unless that is after the transaction's year, then 19yy.
   */
  public record BirthDateRule(String column, List<String> formats, List<String> missingValues,
      String placeholder) implements Serializable {
    public BirthDateRule {
      formats = List.copyOf(formats);
      missingValues = List.copyOf(missingValues);
    }
  }

  /** Gender: the texts (compared ignoring case) meaning male and female; anything else is unknown. */
  public record GenderRule(String column, List<String> male, List<String> female) implements Serializable {
    public GenderRule {
      male = List.copyOf(male);
      female = List.copyOf(female);
    }
  }

  /**
   * How a cancellation or return is recognised: its transaction id starts with a prefix, or its
   * quantity is negative ({@code idPrefix} null: not by prefix). Recognised rows are kept in clean/transactions with the
   * {@code cancellation} flag (their negative amount allowed) and counted in the ingest report.
   */
  public record CancellationRule(String idPrefix, boolean negativeQuantity) implements Serializable {
    /** Every row is a purchase (the bank's file has no cancellations). */
    public static final CancellationRule NONE = new CancellationRule(null, false);

    public boolean recognises() {
      return idPrefix != null || negativeQuantity;
    }
  }
}
