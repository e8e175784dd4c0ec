package com.banksegment.spark.stage;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.spark.commit.StagedCommit;
import org.apache.spark.sql.SparkSession;

/**
 * One run of a stage: its progress lines, the Spark job group every job of the run belongs to,
 * and the {@link StagedCommit} its outputs go through. {@link #close()} drops what was staged
 * but not committed and ends the job group.
 */
public final class StageRun implements AutoCloseable {
  private final StageContext context;
  private final String stage;
  private final Progress progress;
  private final JobGroup jobs;
  private final StagedCommit outputs;

  StageRun(StageContext context, String stage) {
    this.context = context;
    this.stage = stage;
    this.progress = new Progress(stage, context.progress());
    this.jobs = new JobGroup(context.spark().sparkContext(), stage, context.runDate().toString());
    jobs.describe("start");
    this.outputs = StagedCommit.open(context.spark(), context.layout(), stage, context.runDate(),
        context.settings().lake().staleStagingAge());
    for (String folder : outputs.swept()) {
      progress.step("removed the staging of a run that cannot finish: " + folder);
    }
  }

  public String stage() {
    return stage;
  }

  public SparkSession spark() {
    return context.spark();
  }

  public RunDate runDate() {
    return context.runDate();
  }

  public LakeLayout layout() {
    return context.layout();
  }

  public Progress progress() {
    return progress;
  }

  public JobGroup jobs() {
    return jobs;
  }

  /** The run's outputs: staged, validated, then committed together. */
  public StagedCommit outputs() {
    return outputs;
  }

  @Override
  public void close() {
    try {
      outputs.close();
    } finally {
      jobs.clear();
    }
  }
}
