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
public record StageRun(StageContext context, String stage, Progress progress, JobGroup jobs, StagedCommit outputs)
    implements AutoCloseable {

  /** Starts the clock and the job group and opens the staging (stale staging of the stage swept first). */
  static StageRun start(StageContext context, String stage) {
    Progress progress = new Progress(stage, context.progress());
    JobGroup jobs = new JobGroup(context.spark().sparkContext(), stage, context.runDate().toString());
    jobs.describe("start");
    StagedCommit outputs = StagedCommit.open(context.spark(), context.layout(), stage, context.runDate(),
        context.settings().lake().staleStagingAge());
    outputs.swept().forEach(folder -> progress.step("removed the staging of a run that cannot finish: " + folder));
    return new StageRun(context, stage, progress, jobs, outputs);
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

  @Override
  public void close() {
    try {
      outputs.close();
    } finally {
      jobs.clear();
    }
  }
}
