package com.banksegment.ui.lake.service;

import com.banksegment.contract.LakeTables;
import com.banksegment.ui.lake.domain.PublishedRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.parquet.filter2.predicate.FilterApi;
import org.apache.parquet.io.api.Binary;
import org.springframework.stereotype.Service;

/**
 * The customer-level table of a published run ({@code published/customer_segments}), streamed
 * from the lake when a page needs it and never held whole in memory.
 */
@Service
public class CustomerSegments {
  public static final String CUSTOMER_ID = LakeTables.CUSTOMER_SEGMENTS.col("customer_id");

  private final PublishedRunLoader loader;
  private final ParquetTables tables;

  public CustomerSegments(PublishedRunLoader loader, ParquetTables tables) {
    this.loader = loader;
    this.tables = tables;
  }

  /** Every customer of the run, only the named columns decoded. */
  public void forEach(PublishedRun run, List<String> columns, Consumer<LakeRow> consumer) {
    try {
      tables.forEach(partition(run), columns, null, consumer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + partition(run) + ": " + e.getMessage(), e);
    }
  }

  /** One customer by id; Parquet's statistics skip the row groups that cannot hold it. */
  public Optional<LakeRow> find(PublishedRun run, String customerId) {
    LakeRow[] found = new LakeRow[1];
    try {
      tables.forEach(partition(run), null,
          FilterApi.eq(FilterApi.binaryColumn(CUSTOMER_ID), Binary.fromString(customerId)),
          row -> found[0] = found[0] == null ? row : found[0]);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + partition(run) + ": " + e.getMessage(), e);
    }
    return Optional.ofNullable(found[0]);
  }

  /**
   * One customer by id in any letter case. The id as typed, then in upper and in lower case, are
   * looked up with Parquet's statistics (the bank's ids are "C" and digits, so these find it at
   * once); only when none matches is the id column scanned for a case-insensitive match.
   */
  public Optional<LakeRow> findIgnoringCase(PublishedRun run, String customerId) {
    for (String variant : new java.util.LinkedHashSet<>(List.of(customerId,
        customerId.toUpperCase(java.util.Locale.ROOT), customerId.toLowerCase(java.util.Locale.ROOT)))) {
      Optional<LakeRow> found = find(run, variant);
      if (found.isPresent()) {
        return found;
      }
    }
    String[] match = new String[1];
    forEach(run, List.of(CUSTOMER_ID), row -> {
      String id = row.string(CUSTOMER_ID);
      if (match[0] == null && id != null && id.equalsIgnoreCase(customerId)) {
        match[0] = id;
      }
    });
    return match[0] == null ? Optional.empty() : find(run, match[0]);
  }

  private String partition(PublishedRun run) {
    return loader.partition(LakeTables.CUSTOMER_SEGMENTS, run.runDate());
  }
}
