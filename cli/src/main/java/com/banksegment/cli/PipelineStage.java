package com.banksegment.cli;

/**
 * The stages of a run, in order: the one source of truth for the local {@code run} command,
 * the spark-submit wrapper and the Airflow DAG (which checks itself against {@code segment stages}).
 */
public enum PipelineStage {
  INGEST("ingest", "raw CSV to clean Parquet + quarantine + ingest report"),
  FEATURES("features", "customer table, RFM scores and segments, EDA report"),
  MODEL("model", "scaling, PCA, k sweep, K-means, Naive Bayes, bundle, segment tables"),
  PUBLISH("publish", "validate the run's tables and bundle, then point readers at it");

  private final String command;
  private final String summary;
  PipelineStage(String command, String summary) {
    this.command = command;
    this.summary = summary;
  }

  public String command() {
    return command;
  }

  public String summary() {
    return summary;
  }
}
