package com.banksegment.generator;

import com.banksegment.contract.RawLayout;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes rows as the original file does (ASCII, CRLF, d/m/yy dates, amounts without trailing
 * zeros) into a large byte buffer that is handed to the stream when nearly full. Numbers are
 * written digit by digit: String.format and BigDecimal would dominate the cost at 10M rows.
 */
final class CsvRowEncoder {
  /** The bank layout's header, as ingest expects it. */
  static final String HEADER = RawLayout.BANK.header();
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] DOB_PLACEHOLDER = "1/1/1800".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NAN = "nan".getBytes(StandardCharsets.US_ASCII);
  private static final int BUFFER_SIZE = 1 << 20;
  private static final int MAX_ROW_BYTES = 512;

  private final OutputStream out;
  private final LocationCatalog locations;
  private final TransactionDates dates;
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private final byte[] digits = new byte[20];
  private int position;
  private long bytesWritten;

  CsvRowEncoder(OutputStream out, LocationCatalog locations, TransactionDates dates) {
    this.out = out;
    this.locations = locations;
    this.dates = dates;
  }

  void writeHeader() throws IOException {
    append(HEADER.getBytes(StandardCharsets.US_ASCII));
    append(CRLF);
  }

  void write(TransactionRow row) throws IOException {
    if (position > BUFFER_SIZE - MAX_ROW_BYTES) {
      flushBuffer();
    }
    buffer[position++] = 'T';
    appendLong(row.row + 1);
    buffer[position++] = ',';
    buffer[position++] = 'C';
    appendLong(row.customerNumber);
    buffer[position++] = ',';
    appendDob(row);
    buffer[position++] = ',';
    if (row.gender != TransactionRow.GENDER_EMPTY) {
      buffer[position++] = row.gender;
    }
    buffer[position++] = ',';
    if (row.location != TransactionRow.NONE) {
      append(locations.csvField(row.location));
    }
    buffer[position++] = ',';
    if (row.balanceCents != TransactionRow.NONE) {
      appendCents(row.balanceCents);
    }
    buffer[position++] = ',';
    append(dates.csvField(row.dateIndex));
    buffer[position++] = ',';
    appendLong(row.time);
    buffer[position++] = ',';
    appendCents(row.amountCents);
    append(CRLF);
  }

  /** Hands the buffered bytes to the stream and flushes it. */
  void flush() throws IOException {
    flushBuffer();
    out.flush();
  }

  long bytesWritten() {
    return bytesWritten + position;
  }

  private void appendDob(TransactionRow row) {
    switch (row.dobKind) {
      case PLACEHOLDER -> append(DOB_PLACEHOLDER);
      case NAN -> append(NAN);
      case EMPTY -> { }
      case DATE -> {
        appendLong(row.dobDay);
        buffer[position++] = '/';
        appendLong(row.dobMonth);
        buffer[position++] = '/';
        int twoDigitYear = row.dobYear % 100;
        buffer[position++] = (byte) ('0' + twoDigitYear / 10);
        buffer[position++] = (byte) ('0' + twoDigitYear % 10);
      }
      default -> throw new IllegalStateException("unknown DOB kind " + row.dobKind);
    }
  }

  /** Rupees from paise without trailing zeros: 1781905 -> 17819.05, 1064350 -> 10643.5, 70000 -> 700. */
  private void appendCents(long cents) {
    appendLong(cents / 100);
    int paise = (int) (cents % 100);
    if (paise != 0) {
      buffer[position++] = '.';
      buffer[position++] = (byte) ('0' + paise / 10);
      if (paise % 10 != 0) {
        buffer[position++] = (byte) ('0' + paise % 10);
      }
    }
  }

  private void appendLong(long value) {
    if (value == 0) {
      buffer[position++] = '0';
      return;
    }
    int count = 0;
    while (value > 0) {
      digits[count++] = (byte) ('0' + value % 10);
      value /= 10;
    }
    while (count > 0) {
      buffer[position++] = digits[--count];
    }
  }

  private void append(byte[] bytes) {
    System.arraycopy(bytes, 0, buffer, position, bytes.length);
    position += bytes.length;
  }

  private void flushBuffer() throws IOException {
    out.write(buffer, 0, position);
    bytesWritten += position;
    position = 0;
  }
}
