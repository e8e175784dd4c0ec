package com.banksegment.ui.download.service;

import com.banksegment.ui.audit.service.AuditLog;
import com.banksegment.ui.export.service.CsvStream;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.LakeRow;
import com.banksegment.ui.lake.service.ParquetTables;
import com.banksegment.ui.lake.service.PublishedRunLoader;
import com.banksegment.ui.security.domain.CurrentUser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.Table;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * The published tables of a run as CSV, streamed from the lake row by row. The segment-level
 * tables are for everyone; the customer-level table only for analysts (checked here, on the
 * server, whatever the page shows). Every download is a line in the audit log.
 */
@Service
public class TableDownloads {
  /** Tables without customer-level data. */
  public static final List<String> AGGREGATE = List.of(LakeTables.SEGMENT_PROFILES.name(),
      LakeTables.MODEL_SELECTION.name(), LakeTables.MODEL_METRICS.name());
  public static final String CUSTOMERS = LakeTables.CUSTOMER_SEGMENTS.name();

  private final PublishedRunLoader loader;
  private final ParquetTables tables;
  private final AuditLog audit;

  public TableDownloads(PublishedRunLoader loader, ParquetTables tables, AuditLog audit) {
    this.loader = loader;
    this.tables = tables;
    this.audit = audit;
  }

  @Secured({"ROLE_ANALYST", "ROLE_VIEWER"})
  public long aggregate(PublishedRun run, String table, OutputStream out) throws IOException {
    if (!AGGREGATE.contains(table)) {
      throw new IllegalArgumentException("not a segment-level table: " + table);
    }
    return write(run, table, out);
  }

  @Secured("ROLE_ANALYST")
  public long customers(PublishedRun run, OutputStream out) throws IOException {
    return write(run, CUSTOMERS, out);
  }

  private static Table published(String name) {
    return LakeTables.PUBLISHED.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a published table: " + name));
  }

  public static String fileName(PublishedRun run, String table) {
    return table + "-" + run.runDate() + ".csv";
  }

  private long write(PublishedRun run, String table, OutputStream out) throws IOException {
    String partition = loader.partition(published(table), run.runDate());
    MessageType schema = tables.schema(partition);
    List<Type> columns = schema.getFields();
    long[] rows = new long[1];
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    try (CsvStream csv = new CsvStream(writer)) {
      csv.row(columns.stream().map(Type::getName).toList());
      tables.forEach(partition, null, null, row -> {
        try {
          csv.row(cells(row, columns));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        rows[0]++;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    audit.export(CurrentUser.name(), table + " of run " + run.runDate(), "csv", "whole table", rows[0]);
    return rows[0];
  }

  private static List<String> cells(LakeRow row, List<Type> columns) {
    List<String> cells = new ArrayList<>(columns.size());
    for (Type c : columns) {
      if (!row.has(c.getName())) {
        cells.add("");
      } else if (c.isPrimitive()) {
        cells.add(row.string(c.getName()));
      } else {
        // A list (a centroid): its numbers separated by spaces.
        cells.add(java.util.Arrays.stream(row.numbers(c.getName()))
            .mapToObj(v -> String.format(Locale.ROOT, "%s", v)).collect(Collectors.joining(" ")));
      }
    }
    return cells;
  }
}
