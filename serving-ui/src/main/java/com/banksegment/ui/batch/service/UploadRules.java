package com.banksegment.ui.batch.service;

import com.banksegment.ui.batch.domain.UploadRejectedException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/** What an upload must be before a row is read: a .csv file of text, within the configured size. */
public final class UploadRules {
  /** Types browsers and tools give .csv files; anything else (a spreadsheet, a PDF) is refused. */
  static final Set<String> CSV_TYPES = Set.of("text/csv", "application/csv", "text/plain", "text/comma-separated-values",
      "application/vnd.ms-excel", "application/octet-stream", "");

  private final long maxBytes;
  private final int maxMb;

  public UploadRules(int maxMb) {
    this.maxMb = maxMb;
    this.maxBytes = maxMb * 1024L * 1024L;
  }

  public long maxBytes() {
    return maxBytes;
  }

  public String tooLargeMessage() {
    return "The file is larger than the limit of " + maxMb + " MB (segment.ui.max-upload-mb): split it into smaller files.";
  }

  /** Checks the name, the declared type and the declared size (-1 when unknown). */
  public void checkDeclared(String fileName, String contentType, long declaredSize) {
    String name = fileName == null ? "" : fileName.trim();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw new UploadRejectedException("\"" + name + "\" is not a CSV file: expected a .csv file of comma-separated values.");
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
    if (!CSV_TYPES.contains(type)) {
      throw new UploadRejectedException("\"" + name + "\" has the type " + type + ": expected a CSV file (text/csv).");
    }
    if (declaredSize > maxBytes) {
      throw new UploadRejectedException(tooLargeMessage());
    }
  }

  /** The stream, failing as soon as more than the limit has been read or binary content shows up. */
  public InputStream guard(InputStream in, String fileName) {
    return new FilterInputStream(in) {
      private long read;
      private boolean checkedStart;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          if (!checkedStart) {
            checkedStart = true;
            checkTextStart(b, off, n, fileName);
          }
          for (int i = off; i < off + n; i++) {
            if (b[i] == 0) {
              throw new UploadRejectedException("\"" + fileName + "\" contains binary data: expected a text CSV file.");
            }
          }
          read += n;
          if (read > maxBytes) {
            throw new UploadRejectedException(tooLargeMessage());
          }
        }
        return n;
      }
    };
  }

  private static void checkTextStart(byte[] b, int off, int n, String fileName) {
    if (n >= 2 && b[off] == 'P' && b[off + 1] == 'K') {
      throw new UploadRejectedException("\"" + fileName + "\" is a spreadsheet or archive, not a CSV file: "
          + "save it as CSV (comma-separated) and upload that.");
    }
    if (n >= 4 && b[off] == '%' && b[off + 1] == 'P' && b[off + 2] == 'D' && b[off + 3] == 'F') {
      throw new UploadRejectedException("\"" + fileName + "\" is a PDF document: expected a CSV file.");
    }
  }
}
