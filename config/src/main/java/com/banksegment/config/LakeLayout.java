package com.banksegment.config;

/**
 * The folders of the lake, one place for every path (see docs/data-contract.md).
 * Paths are plain strings so that Spark, the Hadoop client and the UI share them.
 */
public record LakeLayout(String root) {

  public LakeLayout {
    root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  public String rawTransactions(RunDate d) {
    return root + "/raw/transactions/" + d.partition();
  }

  /** Table roots; a run date's data is under {@code <table>/run_date=D}. */
  public String cleanTransactions() {
    return root + "/clean/transactions";
  }

  public String quarantineTransactions() {
    return root + "/quarantine/transactions";
  }

  public String customers() {
    return root + "/clean/customers";
  }

  public String models() {
    return root + "/models";
  }

  public String modelDir(RunDate d) {
    return models() + "/" + d.partition();
  }

  public String published(String table) {
    return root + "/published/" + table;
  }

  /** The pointer file naming the run date readers should use. */
  public String latestPointer() {
    return root + "/published/_LATEST";
  }

  public String report(String stage, RunDate d) {
    return root + "/reports/" + stage + "/" + d.partition();
  }

  public String staging(String name, RunDate d) {
    return root + "/_staging/" + name + "/" + d.partition() + "-" + ProcessHandle.current().pid();
  }

  public static String partitionOf(String table, RunDate d) {
    return table + "/" + d.partition();
  }
}
