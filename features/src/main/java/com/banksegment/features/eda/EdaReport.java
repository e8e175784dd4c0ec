package com.banksegment.features.eda;

import com.banksegment.config.RunDate;
import com.banksegment.contract.EdaTables;
import com.banksegment.contract.Table;
import com.banksegment.features.customers.CustomerAggregation;
import com.banksegment.features.customers.CustomerTableBuilder;
import com.banksegment.features.eda.Correlations.Cell;
import com.banksegment.features.stats.Histograms;
import com.banksegment.features.stats.ReportTable;
import com.banksegment.features.transactions.TransactionOverview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The EDA report of one run date as data: the Parquet tables (see docs/data-contract.md), the
 * key figures and the findings. {@link EdaPage} renders it, {@link EdaReportWriter} stores it.
 */
public record EdaReport(RunDate runDate, LocalDate snapshotDate, String source, long transactions, long customers,
                 TransactionOverview tx, CustomerOverview customerOverview, List<String> findings,
                 List<ReportTable> tables) {

  static final int TOP_LOCATIONS = 20;

  public static EdaReport of(RunDate runDate, LocalDate snapshot, String source, TransactionOverview tx,
                      CustomerOverview c, long customers) {
    List<ReportTable> tables = new ArrayList<>();
    List<Row> profile = new ArrayList<>();
    profile.add(tx.amount().toRow());
    c.profile().forEach(p -> profile.add(p.toRow()));
    tables.add(new ReportTable(EdaTables.COLUMN_PROFILE, profile));

    List<Row> histograms = new ArrayList<>(tx.amountHistogram());
    Map<String, Map<Long, Long>> bins = c.bins();
    histograms.addAll(Histograms.rows("balance", "customers", Histograms.Kind.LOG_MONEY, bins.getOrDefault("balance", Map.of())));
    histograms.addAll(Histograms.rows("age", "customers", Histograms.Kind.AGE, bins.getOrDefault("age", Map.of())));
    histograms.addAll(Histograms.rows("recency_days", "customers", Histograms.Kind.VALUE, bins.getOrDefault("recency_days", Map.of())));
    histograms.addAll(Histograms.rows("frequency", "customers", Histograms.Kind.VALUE, bins.getOrDefault("frequency", Map.of())));
    tables.add(new ReportTable(EdaTables.HISTOGRAMS, histograms));

    tables.add(split(EdaTables.GENDER_SPLIT, c.categories().getOrDefault("gender", Map.of()), customers,
        List.of("M", "F", CustomerTableBuilder.UNKNOWN_GENDER)));
    tables.add(split(EdaTables.PREFERRED_HOUR_BANDS,
        c.categories().getOrDefault("preferred_hour_band", Map.of()), customers, CustomerAggregation.HOUR_BANDS));

    List<Row> locations = new ArrayList<>();
    int rank = 1;
    for (Map.Entry<String, Long> e : Findings.topLocations(c.categories().getOrDefault("location", Map.of()), TOP_LOCATIONS)) {
      locations.add(ReportTable.row(rank++, e.getKey(), e.getValue(), share(e.getValue(), customers)));
    }
    tables.add(new ReportTable(EdaTables.TOP_LOCATIONS, locations));

    tables.add(tx.daily());
    tables.add(tx.hourly());

    List<Row> correlations = new ArrayList<>();
    for (Cell r : c.correlations()) {
      correlations.add(ReportTable.row(r.method(), r.x(), r.y(), r.coefficient()));
    }
    tables.add(new ReportTable(EdaTables.CORRELATIONS, correlations));

    List<Row> segments = new ArrayList<>();
    for (SegmentSummary s : c.segments()) {
      segments.add(ReportTable.row(s.segment(), s.customers(), s.share(), nanToNull(s.meanR()), nanToNull(s.meanF()),
          nanToNull(s.meanM()), nanToNull(s.meanRecencyDays()), nanToNull(s.meanMonetary()), s.totalMonetary()));
    }
    tables.add(new ReportTable(EdaTables.RFM_SEGMENTS, segments));

    tables.add(dataQuality(c, customers));
    return new EdaReport(runDate, snapshot, source, tx.transactions(), customers, tx, c,
        Findings.of(tx, c, customers), tables);
  }

  public ReportTable table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no report table " + name));
  }

  /** Key figures and findings as written to summary.json. */
  Map<String, Object> summary() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("run_date", runDate.toString());
    s.put("snapshot_date", snapshotDate.toString());
    s.put("source", source);
    s.put("transactions", transactions);
    s.put("customers", customers);
    s.put("first_transaction_date", tx.firstDate().toString());
    s.put("last_transaction_date", tx.lastDate().toString());
    s.put("total_amount", tx.totalAmount());
    AttributeConflicts k = customerOverview.conflicts();
    // Insertion order, so summary.json reads the same from run to run (Map.of's order is not fixed).
    Map<String, Object> conflicts = new LinkedHashMap<>();
    conflicts.put("dob", k.dob());
    conflicts.put("gender", k.gender());
    conflicts.put("location", k.location());
    conflicts.put("balance", k.balance());
    conflicts.put("customers_with_any", k.anyAttribute());
    conflicts.put("total", k.total());
    s.put("attribute_conflicts", conflicts);
    s.put("imputed", customerOverview.imputed());
    s.put("findings", findings);
    return s;
  }

  private static ReportTable dataQuality(CustomerOverview c, long customers) {
    AttributeConflicts k = c.conflicts();
    List<Row> rows = new ArrayList<>();
    Object[][] items = {
        {"conflict", "dob", k.dob(), "different dates of birth on different rows; latest non-null kept"},
        {"conflict", "gender", k.gender(), "different genders on different rows; latest non-null kept"},
        {"conflict", "location", k.location(), "different locations on different rows; latest non-null kept"},
        {"conflict", "balance", k.balance(), "different balances on different rows; latest non-null kept"},
        {"conflict", "any", k.anyAttribute(), "customers with at least one conflicting attribute"},
        {"imputed", "age", c.imputed().get("age"), "no valid DOB (placeholder, missing, impossible): batch median age"},
        {"imputed", "balance", c.imputed().get("balance"), "no balance on any row: batch median balance"},
        {"imputed", "gender", c.imputed().get("gender"), "no M/F on any row: U (unknown)"},
    };
    for (Object[] item : items) {
      rows.add(ReportTable.row(item[0], item[1], item[2], share((Long) item[2], customers), item[3]));
    }
    return new ReportTable(EdaTables.DATA_QUALITY, rows);
  }

  private static ReportTable split(Table table, Map<String, Long> counts, long customers,
                                   List<String> order) {
    List<Row> rows = new ArrayList<>();
    for (String value : order) {
      long n = counts.getOrDefault(value, 0L);
      rows.add(ReportTable.row(value, n, share(n, customers)));
    }
    return new ReportTable(table, rows);
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }

  private static Double nanToNull(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
