package com.banksegment.modeling.publish;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.Table;
import com.banksegment.scorer.BundleFormatException;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.spark.LakeFileSystem;
import com.banksegment.spark.stage.StageContext;
import com.banksegment.spark.stage.StageJob;
import com.banksegment.spark.stage.StageRun;

/**
 * The publish stage, the one owner of {@code published/_LATEST}: checks that a model run's bundle
 * reads back and that every published table of the date is there with the row counts the bundle
 * promises, then points readers (the web app, BI tools) at that run. The model stage writes a run
 * but never moves readers; naming an older date here is how a model is rolled back.
 */
public final class PublishJob extends StageJob<PublishResult> {
  public static final String STAGE = "publish";

  public PublishJob(StageContext context) {
    super(STAGE, context);
  }

  @Override
  protected PublishResult run(StageRun run) {
    LakeFileSystem files = LakeFileSystem.of(run.spark());
    ModelBundle bundle = readBundle(files, run.layout(), run.runDate());
    for (Table table : LakeTables.PUBLISHED) {
      run.progress().step("checked " + table.name(), checkedRows(run, files, table, bundle));
    }
    String pointer = run.layout().latestPointer();
    String previous = files.exists(pointer) ? files.readText(pointer).trim() : null;
    run.outputs().file(pointer, run.runDate() + "\n");
    run.outputs().commit();
    run.progress().step("published/_LATEST " + (previous == null ? "set to " : previous + " -> ") + run.runDate());
    return new PublishResult(run.runDate(), previous, bundle.metrics().customers(), bundle.clusters().size(),
        pointer);
  }

  /** The rows of a published table of the run: there, and as many as the bundle promises. */
  private static long checkedRows(StageRun run, LakeFileSystem files, Table table, ModelBundle bundle) {
    RunDate runDate = run.runDate();
    String partition = run.layout().partition(table, runDate);
    if (!files.exists(partition)) {
      throw new BadInputException("cannot publish " + runDate + ": table " + partition
          + " is missing: run `segment model --run-date " + runDate + "` first");
    }
    long rows = run.jobs().run("count " + table.name(), () -> run.spark().read().parquet(partition).count());
    long expected = expectedRows(table, bundle);
    if (rows == 0 || (expected >= 0 && rows != expected)) {
      throw new BadInputException("cannot publish " + runDate + ": " + partition + " has " + rows
          + " rows: expected " + (expected >= 0 ? expected : "at least 1") + " (from the model bundle)");
    }
    return rows;
  }

  private static ModelBundle readBundle(LakeFileSystem files, LakeLayout layout, RunDate runDate) {
    String path = layout.modelDir(runDate) + "/" + ModelBundle.FILE_NAME;
    if (!files.exists(path)) {
      throw new BadInputException("cannot publish " + runDate + ": model bundle " + path
          + " is missing: run `segment model --run-date " + runDate + "` first");
    }
    try {
      ModelBundle bundle = ModelBundle.fromJson(files.readText(path));
      if (!runDate.toString().equals(bundle.runDate())) {
        throw new BadInputException("cannot publish " + runDate + ": " + path + " was trained for run date "
            + bundle.runDate());
      }
      return bundle;
    } catch (BundleFormatException e) {
      throw new BadInputException("cannot publish " + runDate + ": " + path + ": " + e.getMessage(), e);
    }
  }

  /** Rows the bundle promises: one per customer, one per segment; -1 where it says nothing. */
  private static long expectedRows(Table table, ModelBundle bundle) {
    if (table == LakeTables.CUSTOMER_SEGMENTS) {
      return bundle.metrics().customers();
    }
    return table == LakeTables.SEGMENT_PROFILES ? bundle.clusters().size() : -1;
  }
}
