package com.banksegment.modeling.publish;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.ScoredRun;
import com.banksegment.modeling.served.ServedModel;
import com.banksegment.contract.Table;
import com.banksegment.scorer.BundleFormatException;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.spark.LakeFileSystem;
import com.banksegment.spark.stage.StageContext;
import com.banksegment.spark.stage.StageJob;
import com.banksegment.spark.stage.StageRun;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The publish stage, the one owner of {@code published/_LATEST}: checks that a model run's bundle
 * reads back and that every published table of the date is there with the row counts the bundle
 * (or a score-only run's {@link ScoredRun} mark) promises, then points readers (the web app, BI tools) at that run. The model stage writes a run
 * but never moves readers; naming an older date here is how a model is rolled back. Since it alone
 * knows the previous published run, it also writes segment_migration and segment_movers (this run
 * against that one), committed with the pointer.
 */
public final class PublishJob extends StageJob<PublishResult> {
  public static final String STAGE = "publish";

  public PublishJob(StageContext context) {
    super(STAGE, context);
  }

  @Override
  protected PublishResult run(StageRun run) {
    LakeFileSystem files = LakeFileSystem.of(run.spark());
    Optional<ScoredRun> scored = ServedModel.scoredRun(files, run.layout(), run.runDate());
    ModelBundle bundle = readBundle(files, run.layout(), run.runDate(), scored);
    long customers = scored.map(ScoredRun::customers).orElse(bundle.metrics().customers());
    scored.ifPresent(s -> run.progress().step("a score-only run with the model of " + s.modelRunDate()));
    for (Table table : LakeTables.PUBLISHED) {
      run.progress().step("checked " + table.name(), checkedRows(run, files, table, customers,
          bundle.clusters().size()));
    }
    String pointer = run.layout().latestPointer();
    String previous = files.exists(pointer) ? files.readText(pointer).trim() : null;
    stageMigration(run, files, previousPublished(run, files, previous), customers);
    run.outputs().file(pointer, run.runDate() + "\n");
    run.outputs().commit();
    run.progress().step("published/_LATEST " + (previous == null ? "set to " : previous + " -> ") + run.runDate());
    return new PublishResult(run.runDate(), previous, customers, bundle.clusters().size(), pointer);
  }

  /**
   * The run readers used before this publish: the pointer's date; when the pointer already names
   * this date (a republish), the previous run its migration was computed against, if any.
   */
  private static String previousPublished(StageRun run, LakeFileSystem files, String pointerDate) {
    if (pointerDate == null || !pointerDate.equals(run.runDate().toString())) {
      return pointerDate;
    }
    String own = run.layout().partition(LakeTables.SEGMENT_MIGRATION, run.runDate());
    if (!files.exists(own)) {
      return null;
    }
    List<Row> dates = run.spark().read().parquet(own)
        .select(LakeTables.SEGMENT_MIGRATION.col("previous_run_date")).na().drop().limit(1).collectAsList();
    return dates.isEmpty() ? null : dates.get(0).getString(0);
  }

  /** Stages segment_migration and segment_movers of this run against the previous published one. */
  private static void stageMigration(StageRun run, LakeFileSystem files, String previousDate, long customers) {
    Dataset<Row> current = run.spark().read().parquet(run.layout().partition(LakeTables.CUSTOMER_SEGMENTS,
        run.runDate()));
    Dataset<Row> previous = null;
    if (previousDate != null) {
      String path = run.layout().partition(LakeTables.CUSTOMER_SEGMENTS, RunDate.parse(previousDate));
      if (files.exists(path)) {
        previous = run.spark().read().parquet(path);
      } else {
        // A pointer to a run whose table was removed by hand must not block every later publish.
        run.progress().step("previous published run " + previousDate + " has no customer_segments (" + path
            + "): every customer counts as new");
        previousDate = null;
      }
    }
    long before = previous == null ? 0 : run.jobs().run("count the previous run's customers", previous::count);
    SegmentMigration migration = new SegmentMigration(current, previous, previousDate);
    Dataset<Row> staged = run.jobs().run("write segment_migration (staged)", () -> run.outputs().table(
        LakeTables.SEGMENT_MIGRATION, migration.migration().coalesce(1), SegmentMigration.addsUpTo(customers, before)));
    run.jobs().run("write segment_movers (staged)",
        () -> run.outputs().table(LakeTables.SEGMENT_MOVERS, migration.movers().coalesce(1)));
    run.progress().step(previousDate == null ? "segment_migration: no previous published run, every customer new"
        : "segment_migration against " + previousDate + ": " + moved(staged) + " customers changed segment", customers);
  }

  private static long moved(Dataset<Row> migration) {
    Row r = migration.filter(functions.col("movement").equalTo(SegmentMigration.MOVED))
        .agg(functions.sum("customers")).first();
    return r.isNullAt(0) ? 0 : r.getLong(0);
  }

  /** The rows of a published table of the run: there, and as many as the bundle promises. */
  private static long checkedRows(StageRun run, LakeFileSystem files, Table table, long customers, int segments) {
    RunDate runDate = run.runDate();
    String partition = run.layout().partition(table, runDate);
    if (!files.exists(partition)) {
      throw new BadInputException("cannot publish " + runDate + ": table " + partition
          + " is missing: run `segment model --run-date " + runDate + "` first");
    }
    long rows = run.jobs().run("count " + table.name(), () -> run.spark().read().parquet(partition).count());
    long expected = table == LakeTables.CUSTOMER_SEGMENTS ? customers
        : table == LakeTables.SEGMENT_PROFILES ? segments : -1;
    if (rows == 0 || (expected >= 0 && rows != expected)) {
      throw new BadInputException("cannot publish " + runDate + ": " + partition + " has " + rows
          + " rows: expected " + (expected >= 0 ? expected : "at least 1") + " (from the model bundle or the scored-run"
          + " mark)");
    }
    return rows;
  }

  /**
   * The run's bundle: trained for the run date, or for the model run a score-only run's mark names
   * (its folder holds a copy of the served bundle).
   */
  private static ModelBundle readBundle(LakeFileSystem files, LakeLayout layout, RunDate runDate,
      Optional<ScoredRun> scored) {
    String path = layout.modelDir(runDate) + "/" + ModelBundle.FILE_NAME;
    if (!files.exists(path)) {
      throw new BadInputException("cannot publish " + runDate + ": model bundle " + path
          + " is missing: run `segment model` or `segment score` with --run-date " + runDate + " first");
    }
    try {
      ModelBundle bundle = ModelBundle.fromJson(files.readText(path));
      String trainedFor = scored.map(ScoredRun::modelRunDate).orElse(runDate.toString());
      if (!trainedFor.equals(bundle.runDate())) {
        throw new BadInputException("cannot publish " + runDate + ": " + path + " was trained for run date "
            + bundle.runDate() + (scored.isPresent() ? ", not for the model run " + trainedFor + " its "
            + ScoredRun.FILE_NAME + " names" : ""));
      }
      return bundle;
    } catch (BundleFormatException e) {
      throw new BadInputException("cannot publish " + runDate + ": " + path + ": " + e.getMessage(), e);
    }
  }
}
