package com.banksegment.ui.audience.service;

import com.banksegment.contract.LakeTables;
import com.banksegment.ui.audience.domain.AudienceFilter;
import com.banksegment.ui.audience.domain.AudienceRow;
import com.banksegment.ui.audience.domain.AudienceSummary;
import com.banksegment.ui.audience.domain.Criteria;
import com.banksegment.ui.audience.domain.Criterion;
import com.banksegment.ui.audit.service.AuditLog;
import com.banksegment.ui.export.service.CsvStream;
import com.banksegment.ui.export.service.ParquetStream;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.banksegment.ui.lake.service.CustomerSegments;
import com.banksegment.ui.lake.service.LakeRow;
import com.banksegment.ui.security.domain.CurrentUser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Campaign audiences from the published customer table: the values each criterion offers, the
 * size and first rows of an audience, and its export as CSV or Parquet written straight to the
 * caller's stream in one pass over the table (never held in memory). Every export is audited.
 * Analysts only: this is customer-level data.
 */
@Service
public class AudienceService {
  public static final int PREVIEW_ROWS = 50;
  static final List<String> READ = List.of("customer_id", "cluster_id", "segment_name", "rfm_segment", "rfm_score",
      "recency_days", "frequency", "monetary", "age", "balance", "gender", "location");
  static final MessageType PARQUET = MessageTypeParser.parseMessageType("""
      message audience {
        required binary customer_id (STRING); required int32 segment_id; optional binary segment_name (STRING);
        optional binary action (STRING); optional binary rfm_segment (STRING); optional binary rfm_score (STRING);
        optional int32 recency_days; optional int32 frequency; optional double monetary; optional double age;
        optional double balance; optional binary gender (STRING); optional binary location (STRING);
      }""");

  private final CustomerSegments customers;
  private final AuditLog audit;
  private volatile PublishedRun optionsFor;
  private volatile Map<String, List<String>> options;

  public AudienceService(CustomerSegments customers, AuditLog audit) {
    this.customers = customers;
    this.audit = audit;
  }

  /**
   * What each criterion offers in this run: segment ids, the RFM segments and locations present,
   * a banded number's bands. A column the table lacks offers nothing (the page says so).
   */
  @Secured("ROLE_ANALYST")
  public synchronized Map<String, List<String>> options(PublishedRun run) {
    if (optionsFor != run) {
      Map<String, TreeSet<String>> seen = new LinkedHashMap<>();
      List<String> columns = Criteria.ALL.stream().filter(c -> !c.banded()).map(Criterion::column).toList();
      columns.forEach(c -> seen.put(c, new TreeSet<>()));
      customers.forEach(run, columns, row -> {
        for (String c : columns) {
          String v = row.string(c);
          if (v != null && !v.isBlank() && !c.equals(Criteria.SEGMENT)) {
            seen.get(c).add(v);
          }
        }
      });
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (Criterion c : Criteria.ALL) {
        // Age and balance bands only when the run's source has them (otherwise the column is null throughout).
        boolean absent = LakeTables.ATTRIBUTE_INPUTS.contains(c.column()) && !run.uses(c.column());
        out.put(c.column(), absent ? List.of() : c.banded() ? c.bands().stream().map(Criterion.Band::label).toList()
            : c.column().equals(Criteria.SEGMENT) ? run.segments().stream().map(s -> String.valueOf(s.id())).toList()
            : List.copyOf(seen.get(c.column())));
      }
      options = Map.copyOf(out);
      optionsFor = run;
    }
    return options;
  }

  @Secured("ROLE_ANALYST")
  public AudienceSummary summarize(PublishedRun run, AudienceFilter filter) {
    long[] counts = new long[2];
    List<AudienceRow> preview = new ArrayList<>();
    each(run, filter, row -> {
      if (preview.size() < PREVIEW_ROWS) {
        preview.add(row);
      }
      counts[1]++;
    }, counts);
    return new AudienceSummary(counts[0], counts[1], List.copyOf(preview));
  }

  /** Writes the audience as CSV (UTF-8, a header row) to the stream; returns the rows written. */
  @Secured("ROLE_ANALYST")
  public long exportCsv(PublishedRun run, AudienceFilter filter, OutputStream out) throws IOException {
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    long rows;
    try (CsvStream csv = new CsvStream(writer)) {
      csv.row(AudienceRow.COLUMNS);
      rows = stream(run, filter, r -> csv.row(new String[] {r.customerId(), String.valueOf(r.segmentId()),
          r.segmentName(), r.action(), r.rfmSegment(), r.rfmScore(), whole(r.recencyDays()), whole(r.frequency()),
          decimal(r.monetary()), whole(r.age()), decimal(r.balance()), r.gender(), r.location()}));
    }
    return audited(run, filter, "csv", rows);
  }

  /** Writes the audience as one Parquet file to the stream; returns the rows written. */
  @Secured("ROLE_ANALYST")
  public long exportParquet(PublishedRun run, AudienceFilter filter, OutputStream out) throws IOException {
    long rows;
    try (ParquetStream parquet = new ParquetStream(out, PARQUET)) {
      rows = stream(run, filter, r -> parquet.row(r.customerId(), r.segmentId(), r.segmentName(),
          r.action(), r.rfmSegment(), r.rfmScore(), wholeOrNull(r.recencyDays()), wholeOrNull(r.frequency()),
          r.monetary(), r.age(), r.balance(), r.gender(), r.location()));
    }
    return audited(run, filter, "parquet", rows);
  }

  /** One audience row written to an export; may fail with the stream's IOException. */
  @FunctionalInterface
  private interface RowWriter {
    void write(AudienceRow row) throws IOException;
  }

  /** Streams the audience's rows to the writer; returns the rows written. */
  private long stream(PublishedRun run, AudienceFilter filter, RowWriter writer) throws IOException {
    long[] rows = new long[1];
    try {
      each(run, filter, r -> {
        try {
          writer.write(r);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        rows[0]++;
      }, null);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return rows[0];
  }

  /** Audits an export once its file is complete (closed); returns the rows written. */
  private long audited(PublishedRun run, AudienceFilter filter, String format, long rows) {
    audit.export(CurrentUser.name(), "audience of run " + run.runDate(), format, filter.describe(), rows);
    return rows;
  }

  private void each(PublishedRun run, AudienceFilter filter, Consumer<AudienceRow> consumer,
      long[] counts) {
    Map<Integer, String> actions = new LinkedHashMap<>();
    for (SegmentProfile s : run.segments()) {
      actions.put(s.id(), s.action());
    }
    customers.forEach(run, READ, row -> {
      if (counts != null) {
        counts[0]++;
      }
      if (filter.matches(row::string, row::number)) {
        consumer.accept(toRow(row, actions));
      }
    });
  }

  private static AudienceRow toRow(LakeRow r, Map<Integer, String> actions) {
    int segment = (int) r.whole("cluster_id");
    return new AudienceRow(r.string("customer_id"), segment, r.string("segment_name"), actions.get(segment),
        r.string("rfm_segment"), r.string("rfm_score"), r.number("recency_days"), r.number("frequency"),
        r.number("monetary"), r.number("age"), r.number("balance"), r.string("gender"), r.string("location"));
  }

  private static String whole(double v) {
    return Double.isFinite(v) ? Long.toString(Math.round(v)) : "";
  }

  private static Integer wholeOrNull(double v) {
    return Double.isFinite(v) ? (int) Math.round(v) : null;
  }

  private static String decimal(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "";
  }
}
