package com.banksegment.modeling;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.scorer.BundleFormatException;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.spark.LakeFiles;
import com.banksegment.spark.Progress;
import java.io.PrintStream;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Points readers (the UI, BI tools) at a model run: checks that the run's bundle reads back and
 * that every published table of the date is there with the row counts the bundle promises, then
 * rewrites {@code published/_LATEST}. Naming an older date is how a model is rolled back.
 */
public final class PublishJob {
  /** The tables a run must have before readers are pointed at it. */
  public static final List<String> TABLES = List.of(SegmentTables.CUSTOMER_SEGMENTS,
      SegmentTables.SEGMENT_PROFILES, SegmentTables.MODEL_SELECTION, SegmentTables.MODEL_METRICS);

  private final SparkSession spark;
  private final LakeLayout layout;
  private RunDate runDate;
  private PrintStream out = System.out;

  public PublishJob(SparkSession spark, SuiteSettings settings) {
    this.spark = spark;
    this.layout = settings.lake().layout();
  }

  public PublishJob runDate(RunDate runDate) {
    this.runDate = runDate;
    return this;
  }

  public PublishJob progressTo(PrintStream out) {
    this.out = out;
    return this;
  }

  /** What was published and what readers saw before. */
  public record PublishResult(RunDate runDate, String previousPointer, long customers, int segments,
                              String pointerPath) {}

  public PublishResult execute() {
    if (runDate == null) {
      throw new IllegalArgumentException("run date not set: call runDate(RunDate) before execute()");
    }
    Progress progress = new Progress("publish", out);
    LakeFiles files = LakeFiles.of(spark);
    ModelBundle bundle = readBundle(files);
    long customers = bundle.metrics().customers();
    for (String table : TABLES) {
      String partition = layout.published(table) + "/" + runDate.partition();
      if (!files.exists(partition)) {
        throw new BadInputException("cannot publish " + runDate + ": table " + partition
            + " is missing: run `segment model --run-date " + runDate + "` first");
      }
      long rows = spark.read().parquet(partition).count();
      long expected = expectedRows(table, bundle);
      if (rows == 0 || (expected >= 0 && rows != expected)) {
        throw new BadInputException("cannot publish " + runDate + ": " + partition + " has " + rows
            + " rows: expected " + (expected >= 0 ? expected : "at least 1") + " (from the model bundle)");
      }
      progress.step("checked " + table, rows);
    }
    String pointer = layout.latestPointer();
    String previous = files.exists(pointer) ? files.readText(pointer).trim() : null;
    files.writeTextAtomically(pointer, runDate + "\n");
    progress.step("published/_LATEST " + (previous == null ? "set to " : previous + " -> ") + runDate);
    return new PublishResult(runDate, previous, customers, bundle.clusters().size(), pointer);
  }

  private ModelBundle readBundle(LakeFiles files) {
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

  private static long expectedRows(String table, ModelBundle bundle) {
    return switch (table) {
      case SegmentTables.CUSTOMER_SEGMENTS -> bundle.metrics().customers();
      case SegmentTables.SEGMENT_PROFILES -> bundle.clusters().size();
      default -> -1;
    };
  }
}
