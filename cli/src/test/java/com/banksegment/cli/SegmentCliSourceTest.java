package com.banksegment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code segment ingest --source online-retail} and then {@code segment features}, in-process on a small invoice file. */
class SegmentCliSourceTest {
  @TempDir Path tmp;

  @Test
  void ingestReadsTheDeclaredSourceAndFeaturesCountInvoices() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.writeBytes(String.join("\r\n",
        "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
        "536370,22728,\"CLOCK, PINK\",24,01-12-2010 08:45,3.75,12583,France",
        "536370,22727,CLOCK RED,12,01-12-2010 08:45,3.75,12583,France",
        "C536371,22727,CLOCK RED,-2,12/2/2010 9:00,3.75,12583,France",
        "536372,POST,POSTAGE,1,12/3/2010 10:00,18,,France",
        "536373,POST,POSTAGE,1,12/3/2010 10:00,18,12584,France", "").getBytes(StandardCharsets.UTF_8));
    Path input = Files.write(tmp.resolve("retail.csv"), bytes.toByteArray());
    String lake = tmp.resolve("lake").toString();

    CliHarness ingest = CliHarness.run("ingest", "--run-date", "2010-12-03", "--lake", lake,
        "--source", "online-retail", "--input", input.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    String report = Files.readString(tmp.resolve("lake/reports/ingest/run_date=2010-12-03/ingest-report.json"));
    assertThat(report).contains("\"source\" : \"online-retail\"", "\"input_rows\" : 5", "\"clean_rows\" : 4",
        "\"MISSING_CUSTOMER_ID\" : 1", "\"cancellation\" : 1");

    CliHarness features = CliHarness.run("features", "--run-date", "2010-12-03", "--lake", lake);
    assertThat(features.exitCode()).as(features.err()).isZero();
    assertThat(features.out()).contains("2 transactions -> 2 customers");
  }
}
