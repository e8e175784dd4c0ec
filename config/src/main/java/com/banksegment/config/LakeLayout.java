package com.banksegment.config;

import com.banksegment.contract.Table;

/**
 * The folders of the lake, one place for every path (docs/data-contract.md): a table's folder
 * comes from its {@link Table} in the contract, a run date's data is under {@code run_date=D}.
 * Paths are plain strings so that Spark, the Hadoop client and the UI share them.
 */
public record LakeLayout(String root) {

  public LakeLayout {
    root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  public String rawTransactions(RunDate d) {
    return root + "/raw/transactions/" + d.partition();
  }

  /** A table's folder; a run date's rows are in {@link #partition}. */
  public String table(Table table) {
    return root + "/" + table.path();
  }

  /** {@code <table>/run_date=D}: one run date's rows of a table. */
  public String partition(Table table, RunDate d) {
    return table(table) + "/" + d.partition();
  }

  public String models() {
    return root + "/models";
  }

  public String modelDir(RunDate d) {
    return models() + "/" + d.partition();
  }

  /** The pointer file naming the run date readers should use; only the publish stage writes it. */
  public String latestPointer() {
    return root + "/published/_LATEST";
  }

  public String report(String stage, RunDate d) {
    return root + "/reports/" + stage + "/" + d.partition();
  }

  /** Where a stage stages its outputs before it commits them: {@code _staging/<stage>}. */
  public String staging(String stage) {
    return root + "/_staging/" + stage;
  }
}
