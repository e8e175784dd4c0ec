package com.banksegment.modeling.publish;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.Table;
import com.banksegment.scorer.BundleFormatException;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.spark.LakeFileSystem;
import com.banksegment.spark.stage.Progress;
import com.banksegment.spark.stage.StageContext;
import com.banksegment.spark.stage.StageJob;
import com.banksegment.spark.stage.StageRun;
import java.util.Objects;

/**
 * The publish stage, the one owner of {@code published/_LATEST}: checks that a model run's bundle
 * reads back and that every published table of the date is there with the row counts the bundle
 * promises, then points readers (the web app, BI tools) at that run. The model stage writes a run
 * but never moves readers; naming an older date here is how a model is rolled back.
 */
public final class PublishJob implements StageJob<PublishResult> {
  public static final String STAGE = "publish";

  private final StageContext context;

  public PublishJob(StageContext context) {
    this.context = Objects.requireNonNull(context, "stage context");
  }

  @Override
  public PublishResult execute() {
    try (StageRun run = context.start(STAGE)) {
      Progress progress = run.progress();
      LakeLayout layout = run.layout();
      RunDate runDate = run.runDate();
      LakeFileSystem files = LakeFileSystem.of(run.spark());
      ModelBundle bundle = readBundle(files, layout, runDate);
      for (Table table : LakeTables.PUBLISHED) {
        String partition = layout.partition(table, runDate);
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
        progress.step("checked " + table.name(), rows);
      }
      String pointer = layout.latestPointer();
      String previous = files.exists(pointer) ? files.readText(pointer).trim() : null;
      run.outputs().file(pointer, runDate + "\n");
      run.outputs().commit();
      progress.step("published/_LATEST " + (previous == null ? "set to " : previous + " -> ") + runDate);
      return new PublishResult(runDate, previous, bundle.metrics().customers(), bundle.clusters().size(), pointer);
    }
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
