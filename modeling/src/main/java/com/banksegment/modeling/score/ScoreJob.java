package com.banksegment.modeling.score;

import static org.apache.spark.sql.functions.col;

import com.banksegment.config.BadInputException;
import com.banksegment.config.DriftSettings;
import com.banksegment.config.LifetimeSettings;
import com.banksegment.config.RunDate;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.ScoredRun;
import com.banksegment.modeling.classifier.NaiveBayesClassifier;
import com.banksegment.modeling.drift.ServedModelDrift;
import com.banksegment.modeling.lifetime.LifetimeFit;
import com.banksegment.modeling.lifetime.LifetimeModel;
import com.banksegment.modeling.lifetime.SegmentLifetime;
import com.banksegment.modeling.prepare.CustomersInput;
import com.banksegment.modeling.prepare.ModelInputs;
import com.banksegment.modeling.segments.ClusterIdentity;
import com.banksegment.modeling.segments.ClusterProfile;
import com.banksegment.modeling.segments.ProfileBuilder;
import com.banksegment.modeling.segments.Segment;
import com.banksegment.modeling.segments.SegmentAssembly;
import com.banksegment.modeling.selection.ModelSelection;
import com.banksegment.modeling.served.ServedModel;
import com.banksegment.modeling.tables.DriftMetricRows;
import com.banksegment.modeling.tables.LifetimeMetricRows;
import com.banksegment.modeling.tables.ScoredMetricRows;
import com.banksegment.modeling.tables.SegmentTables;
import com.banksegment.modeling.tables.TableChecks;
import com.banksegment.scorer.ClusterInfo;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.spark.LakeFileSystem;
import com.banksegment.spark.stage.StageContext;
import com.banksegment.spark.stage.StageJob;
import com.banksegment.spark.stage.StageRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.ProbabilisticClassificationModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The score-only stage ({@code segment score --run-date D}): assigns D's customers
 * (clean/customers) with the served model, without fitting one, and stages the same published
 * tables as the model stage, committed together, so publish, migration and the web app read it as
 * any run. The served model is followed to its refit run ({@link ServedModel}); its saved Spark
 * segmentation pipeline assigns the customers (exactly as it assigned its own) and its Naive Bayes
 * pipeline fills the classifier columns. Per run: the segment profiles of D's customers under the
 * served segments' ids, names and actions; lifetime value fitted on D's customers (it is per run,
 * not part of the segmentation model); drift against the model's customers. model_selection and
 * the model's own figures in model_metrics are the model run's; models/run_date=D holds a copy of
 * its bundle and {@link ScoredRun} naming it (docs/data-contract.md).
 */
public final class ScoreJob extends StageJob<ScoreResult> {
  public static final String STAGE = "score";

  private final LifetimeSettings lifetimeSettings;
  private final DriftSettings driftSettings;

  public ScoreJob(StageContext context) {
    super(STAGE, context);
    this.lifetimeSettings = context.settings().lifetime();
    this.driftSettings = context.settings().drift();
  }

  @Override
  protected ScoreResult run(StageRun run) {
    LakeFileSystem files = LakeFileSystem.of(run.spark());
    RunDate runDate = run.runDate();
    ServedModel served = ServedModel.find(files, run.layout()).orElseThrow(() -> new BadInputException(
        "cannot score " + runDate + ": no model is served (published/_LATEST with a readable bundle): run"
            + " `segment model` and `segment publish` first"));
    RunDate model = served.modelRunDate();
    if (model.equals(runDate)) {
      throw new BadInputException("cannot score " + runDate + " with the served model: it was fitted on " + runDate
          + " itself (re-run `segment model --run-date " + runDate + "` to refit)");
    }
    ModelBundle bundle = served.bundle();
    run.progress().step("scoring with the model of " + model + " (served run " + served.servedRunDate() + ")");
    CustomersInput.Loaded loaded = CustomersInput.read(run.spark(), run.layout(), runDate);
    Dataset<Row> customers = loaded.customers();
    try {
      ModelInputs inputs = loaded.inputs();
      if (!inputs.features().equals(bundle.features())) {
        throw new BadInputException("cannot score " + runDate + " with the model of " + model + ": its inputs are "
            + bundle.features() + ", the customers of " + runDate + " have " + inputs.features()
            + " (another source): refit with `segment model`");
      }
      int k = bundle.clusters().size();
      ServedAssignment.Loaded saved = run.jobs().run("load the served model and check it reproduces its run",
          () -> ServedAssignment.load(run.spark(), run.layout().modelDir(model),
              run.layout().partition(LakeTables.CUSTOMER_SEGMENTS, model), k, model.toString()));
      Optional<ServedModelDrift.Result> drift = run.jobs().run("drift against the served model",
          () -> ServedModelDrift.measure(run.spark(), run.layout(), served, customers, driftSettings));
      Dataset<Row> assigned = saved.segmentation().transform(customers).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        long n = run.jobs().run("assign the customers with the served model", assigned::count);
        run.progress().step("assigned with the model of " + model, n);
        List<Segment> segments = segments(bundle, saved.idOfClusterIndex(), run.jobs().run("profile the segments",
            () -> ProfileBuilder.buildForServedModel(assigned, k, bundle.pcaDimension(),
                centroidsByIndex(bundle, saved.idOfClusterIndex()), inputs)));
        LifetimeFit lifetime = run.jobs().run("lifetime value: fit BG/NBD and Gamma-Gamma",
            () -> LifetimeModel.fit(LifetimeModel.withInputs(assigned), lifetimeSettings));
        run.progress().step("lifetime value " + lifetime.status() + lifetime.refusal().map(r -> ": " + r).orElse(""));
        stageTables(run, segments, saved, assigned, n, lifetime, drift, served);
        String folder = run.outputs().folder(run.layout().modelDir(runDate));
        files.writeText(folder + "/" + ModelBundle.FILE_NAME, served.bundleJson());
        files.writeText(folder + "/" + ScoredRun.FILE_NAME, new ScoredRun(runDate.toString(), model.toString(), n)
            .toText());
        run.outputs().commit();
        run.progress().step("committed the published tables and the scored-run mark", n);
        return new ScoreResult(runDate, model, served.servedRunDate(), n,
            segments.stream().collect(Collectors.toMap(Segment::name, s -> s.profile().size(), (a, b) -> a,
                java.util.LinkedHashMap::new)),
            drift.map(d -> d.level().name()).orElse(null), run.progress().elapsedSeconds());
      } finally {
        assigned.unpersist();
      }
    } finally {
      customers.unpersist();
    }
  }

  /** The served segments (bundle order = class order) with this run's profiles. */
  private static List<Segment> segments(ModelBundle bundle, Map<Integer, Integer> idOfClusterIndex,
      List<ClusterProfile> profiles) {
    List<Segment> segments = new ArrayList<>();
    for (int c = 0; c < bundle.clusters().size(); c++) {
      ClusterInfo info = bundle.clusters().get(c);
      ClusterProfile profile = profiles.stream().filter(p -> idOfClusterIndex.get(p.index()) == info.id())
          .findFirst().orElseThrow();
      segments.add(new Segment(info.id(), c, info.name(), info.action(), profile,
          new ClusterIdentity.Match(info.id(), info.name(), info.id(), 0.0)));
    }
    return segments;
  }

  private static double[][] centroidsByIndex(ModelBundle bundle, Map<Integer, Integer> idOfClusterIndex) {
    double[][] out = new double[idOfClusterIndex.size()][];
    idOfClusterIndex.forEach((index, id) -> out[index] = bundle.cluster(id).centroid());
    return out;
  }

  private void stageTables(StageRun run, List<Segment> segments, ServedAssignment.Loaded saved,
      Dataset<Row> assigned, long n, LifetimeFit lifetime, Optional<ServedModelDrift.Result> drift,
      ServedModel served) {
    RunDate model = served.modelRunDate();
    Dataset<Row> labelled = assigned.withColumn(NaiveBayesClassifier.LABEL, SegmentTables.lookup(
        col(ModelSelection.PREDICTION), classOfClusterIndex(segments, saved.idOfClusterIndex())).cast("double"));
    // The served classifier as the model run fitted it: its last stage reads the PCA coordinates.
    PipelineStage[] classifierStages = saved.classifier().stages();
    ProbabilisticClassificationModel<?, ?> classifier =
        (ProbabilisticClassificationModel<?, ?>) classifierStages[classifierStages.length - 1];
    Dataset<Row> classified = classifier.transform(labelled);
    Set<Integer> ids = segments.stream().map(Segment::id).collect(Collectors.toSet());
    Dataset<Row> written = run.jobs().run("write customer_segments (staged)", () -> run.outputs().table(
        LakeTables.CUSTOMER_SEGMENTS, SegmentTables.customerSegments(
            LifetimeModel.predict(LifetimeModel.withInputs(classified), lifetime), classifier.getPredictionCol(),
            classifier.getProbabilityCol(), segments, served.bundle().pcaDimension(), lifetime.status().name()),
        TableChecks.customerSegments(n, ids)));
    Map<Integer, SegmentLifetime> segmentLifetime = run.jobs().run("lifetime value by segment",
        () -> SegmentTables.segmentLifetime(written));
    run.jobs().run("write segment_profiles (staged)", () -> run.outputs().table(LakeTables.SEGMENT_PROFILES,
        SegmentTables.segmentProfiles(run.spark(), segments, model.toString(), segmentLifetime),
        TableChecks.segmentProfiles(segments.size(), n)));
    Dataset<Row> selection = published(run, LakeTables.MODEL_SELECTION.name(),
        run.layout().partition(LakeTables.MODEL_SELECTION, model));
    long selectionRows = selection.count();
    run.jobs().run("write model_selection (staged, the model run's)", () -> run.outputs().table(
        LakeTables.MODEL_SELECTION, selection.coalesce(1), TableChecks.modelSelection((int) selectionRows)));
    List<SegmentTables.MetricRow> metrics = new ArrayList<>();
    for (Row r : published(run, LakeTables.MODEL_METRICS.name(), run.layout().partition(LakeTables.MODEL_METRICS,
        model)).collectAsList()) {
      String metric = r.getAs("metric");
      if (!ScoredMetricRows.ofTheRun(metric)) {
        metrics.add(new SegmentTables.MetricRow(metric, r.getAs("cluster_id"), r.getAs("predicted_cluster_id"),
            r.<Double>getAs("value")));
      }
    }
    metrics.add(new SegmentTables.MetricRow("customers", null, null, n));
    metrics.addAll(ScoredMetricRows.scored(model.toString(), served.ageDays(run.runDate())));
    metrics.addAll(LifetimeMetricRows.of(lifetime));
    drift.ifPresent(d -> metrics.addAll(DriftMetricRows.of(d)));
    run.jobs().run("write model_metrics (staged)", () -> run.outputs().table(LakeTables.MODEL_METRICS,
        SegmentTables.modelMetrics(run.spark(), metrics), TableChecks.modelMetrics(List.of("customers", "k",
            "scored_run", "model_run_date"))));
  }

  /** For each cluster index of the served model, the class index (bundle position) of its segment. */
  private static List<Integer> classOfClusterIndex(List<Segment> segments, Map<Integer, Integer> idOfClusterIndex) {
    List<Integer> out = new ArrayList<>();
    for (int index = 0; index < idOfClusterIndex.size(); index++) {
      int id = idOfClusterIndex.get(index);
      out.add(segments.stream().filter(s -> s.id() == id).findFirst().orElseThrow().classIndex());
    }
    return out;
  }

  private static Dataset<Row> published(StageRun run, String table, String path) {
    if (!LakeFileSystem.of(run.spark()).exists(path)) {
      throw new BadInputException("cannot score " + run.runDate() + ": the model run's " + table + " " + path
          + " is missing");
    }
    return run.spark().read().parquet(path);
  }
}
