package com.banksegment.modeling;

import static org.apache.spark.sql.functions.col;

import com.banksegment.config.BadInputException;
import com.banksegment.config.DriftSettings;
import com.banksegment.config.LifetimeSettings;
import com.banksegment.config.ModelingSettings;
import com.banksegment.contract.ActionCatalog;
import com.banksegment.contract.LakeTables;
import com.banksegment.modeling.bundle.BundleAssembler;
import com.banksegment.modeling.bundle.ClassifierExport;
import com.banksegment.modeling.bundle.ModelFolder;
import com.banksegment.modeling.classifier.ClassifierComparison;
import com.banksegment.modeling.classifier.NaiveBayesClassifier;
import com.banksegment.modeling.classifier.ProspectClassifier;
import com.banksegment.modeling.classifier.ServedChoice;
import com.banksegment.modeling.drift.ServedModelDrift;
import com.banksegment.modeling.lifetime.LifetimeFit;
import com.banksegment.modeling.lifetime.LifetimeModel;
import com.banksegment.modeling.lifetime.SegmentLifetime;
import com.banksegment.modeling.prepare.CustomersInput;
import com.banksegment.modeling.prepare.Preprocessing;
import com.banksegment.modeling.report.ModelReport;
import com.banksegment.modeling.report.ModelReportPage;
import com.banksegment.modeling.report.ReportBuilder;
import com.banksegment.modeling.segments.ClusterProfile;
import com.banksegment.modeling.segments.PreviousRun;
import com.banksegment.modeling.segments.ProfileBuilder;
import com.banksegment.modeling.segments.Segment;
import com.banksegment.modeling.segments.SegmentAssembly;
import com.banksegment.modeling.segments.SegmentNamer;
import com.banksegment.modeling.selection.KChoice;
import com.banksegment.modeling.selection.ModelSelection;
import com.banksegment.modeling.selection.SelectionPhase;
import com.banksegment.modeling.selection.SweepPoint;
import com.banksegment.modeling.tables.DriftMetricRows;
import com.banksegment.modeling.tables.LifetimeMetricRows;
import com.banksegment.modeling.tables.MetricRows;
import com.banksegment.modeling.tables.ScoredMetricRows;
import com.banksegment.modeling.tables.SegmentTables;
import com.banksegment.modeling.tables.TableChecks;
import com.banksegment.scorer.BundleFormatException;
import com.banksegment.scorer.BundleMetrics;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.spark.LakeFileSystem;
import com.banksegment.spark.stage.JobGroup;
import com.banksegment.spark.stage.StageContext;
import com.banksegment.spark.stage.StageJob;
import com.banksegment.spark.stage.StageRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The modeling stage for one run date: clean/customers to segments. {@link #execute()} reads as
 * the stage's steps: prepare the inputs the customer table has (RFM, plus age, balance and gender
 * when the source has them; {@link com.banksegment.modeling.prepare.ModelInputs}: encode, log1p,
 * scale, PCA), select the clustering
 * (K-means sweep, choice of k, alternatives), profile the clusters into named segments matched to
 * the previous run, train Naive Bayes, then stage the model folder (PipelineModels, bundle,
 * metrics), the four BI tables and the report, and commit them together. It never moves
 * {@code published/_LATEST}: that is the publish stage's.
 */
public final class ModelJob extends StageJob<ModelResult> {
  public static final String STAGE = "model";
  private static final String REPORT = "modeling";

  private final ModelingSettings settings;
  private final LifetimeSettings lifetimeSettings;
  private final DriftSettings driftSettings;

  public ModelJob(StageContext context) {
    super(STAGE, context);
    this.settings = context.settings().modeling();
    this.lifetimeSettings = context.settings().lifetime();
    this.driftSettings = context.settings().drift();
  }

  /** The customers in the clustering space, and the transforms that put them there. */
  private record Prepared(Dataset<Row> customers, Preprocessing.Fitted prep, Dataset<Row> features, long n) {
    int dims() {
      return prep.components();
    }
  }

  /** The customers with the production model's cluster and the Naive Bayes split draw, and the clusters' profiles. */
  private record Assigned(Dataset<Row> customers, List<ClusterProfile> profiles, double[] populationMedian) {}

  @Override
  protected ModelResult run(StageRun run) {
    Prepared prepared = prepare(run);
    Optional<ServedModelDrift.Result> drift = drift(run, prepared.customers());
    SelectionPhase.Outcome selected = SelectionPhase.run(prepared.features(), prepared.n(), prepared.dims(),
        settings, run.progress(), run.jobs());
    Assigned assigned = assign(run, prepared, selected);
    try {
      LifetimeFit lifetime = fitLifetime(run, assigned.customers());
      Optional<PreviousRun.Found> previous = previousRun(run, prepared.prep().inputs().features());
      List<Segment> segments = SegmentAssembly.assemble(assigned.profiles(), BundleAssembler.axes(prepared.prep()),
          prepared.prep().scaler().mean().toArray(), prepared.prep().scaler().std().toArray(),
          previous.map(PreviousRun.Found::bundle).orElse(null), new ActionCatalog(settings.actions()),
          assigned.populationMedian());
      checkNames(segments, assigned.populationMedian());
      run.progress().step("segments: " + segments.stream().map(Segment::name).collect(Collectors.joining(", ")));

      Dataset<Row> labelled = assigned.customers().withColumn(NaiveBayesClassifier.LABEL,
          SegmentTables.lookup(col(ModelSelection.PREDICTION), SegmentAssembly.classOfClusterIndex(segments))
              .cast("double"));
      // The three trainings are independent: they run side by side (JobGroup#start).
      int k = selected.choice().k();
      var nbTraining = run.jobs().start("Naive Bayes: train and evaluate on the held-out split",
          () -> NaiveBayesClassifier.train(labelled, k, settings.holdoutFraction()));
      var comparison = run.jobs().start("decision tree and logistic regression on the same split",
          () -> ClassifierComparison.compare(labelled, prepared.n(), k, settings.holdoutFraction()));
      var prospectsTraining = run.jobs().start(
          "prospects classifier: the segment from the attributes known at account opening",
          () -> ProspectClassifier.train(labelled, prepared.prep().inputs().features(), prepared.n(), k,
              settings.holdoutFraction()));
      NaiveBayesClassifier.Outcome nb = JobGroup.join(nbTraining);
      run.progress().step(String.format(Locale.ROOT, "Naive Bayes weighted F1 %.4f, agreement %.4f",
          nb.metrics().weightedF1(), nb.agreement()));
      List<ClassifierComparison.Compared> compared = JobGroup.join(comparison);
      compared.forEach(c -> run.progress().step(String.format(Locale.ROOT, "%s weighted F1 %.4f, agreement %.4f",
          c.name().replace('_', ' '), c.metrics().weightedF1(), c.agreement())));
      ServedChoice served = ServedChoice.choose(nb, compared);
      run.progress().step(String.format(Locale.ROOT, "served classifier: %s (best held-out weighted F1, %.4f)",
          served.label(), served.metrics().weightedF1()));
      Optional<ProspectClassifier.Outcome> prospects = JobGroup.join(prospectsTraining);
      run.progress().step(prospects.map(p -> String.format(Locale.ROOT,
              "prospects classifier on %s: weighted F1 %.4f (no transaction figures)", p.features(),
              p.metrics().weightedF1()))
          .orElse("no prospects classifier: no attribute known at account opening among the inputs"));

      String previousDate = previous.map(p -> p.runDate().toString()).orElse(null);
      Classifiers classifiers = new Classifiers(nb, compared, served, prospects.orElse(null));
      String modelFolder = run.outputs().folder(run.layout().modelDir(run.runDate()));
      // The pipelines' saves (dozens of tiny Spark jobs) run while the tables are written and the
      // report is built: neither reads the other's output.
      CompletableFuture<Void> savingPipelines = run.jobs().start("save the models",
          () -> savePipelines(modelFolder, prepared, selected, classifiers));
      ModelReport report = JobGroup.meanwhile(savingPipelines, () -> {
        Map<Integer, SegmentLifetime> segmentLifetime = stageTables(run, prepared, selected, segments, classifiers,
            labelled, previousDate, lifetime, drift);
        return report(run, prepared, selected, segments, classifiers, previousDate, labelled)
            .withOverTime(ReportBuilder.overTime(lifetime, segments, segmentLifetime, drift.orElse(null)));
      });
      stageModels(run, modelFolder, prepared, selected, segments, classifiers, report);
      stageReport(run, report);
      run.outputs().commit();
      run.progress().step("committed the models, the published tables and the report", prepared.n());
      return new ModelResult(run.runDate(),
          new ModelResult.Clustering(prepared.n(), prepared.dims(), selected.choice(), selected.all(),
              selected.production().point().silhouette()),
          segments, new ModelResult.NaiveBayes(nb.metrics(), nb.agreement()),
          new ModelResult.Served(served.name(), served.metrics(), served.agreement()), previousDate,
          new ModelResult.Outputs(run.layout().modelDir(run.runDate()), run.layout().report(REPORT, run.runDate())),
          run.progress().elapsedSeconds());
    } finally {
      assigned.customers().unpersist();
    }
  }

  /** The classifiers of a run: Naive Bayes, the compared ones, the served one, the prospects one (or null). */
  private record Classifiers(NaiveBayesClassifier.Outcome nb, List<ClassifierComparison.Compared> compared,
      ServedChoice served, ProspectClassifier.Outcome prospects) {}

  /** Fails the run when a segment's name claims what its profile does not show (issue #15). */
  private static void checkNames(List<Segment> segments, double[] populationMedian) {
    List<String> wrong = segments.stream()
        .flatMap(s -> SegmentNamer.contradictions(s.name(), s.profile(), populationMedian).stream()).toList();
    if (!wrong.isEmpty()) {
      throw new IllegalStateException("segment names contradict their profiles: " + String.join("; ", wrong));
    }
  }

  /**
   * Reads the customers, fits the transforms to the clustering space and, when the selection reads
   * the customers in that space more than once (Spark fits), caches them in it. The driver's
   * selection reads them once (the collect) and the assignment once more: a second wide cache
   * beside the customers' own would cost more to build than those two transforms (10M rows).
   */
  private Prepared prepare(StageRun run) {
    run.jobs().describe("read the customers, fit scaling and PCA");
    CustomersInput.Loaded loaded = CustomersInput.read(run.spark(), run.layout(), run.runDate());
    Dataset<Row> customers = loaded.customers();
    run.progress().step("model inputs: " + loaded.inputs());
    Preprocessing.Fitted prep = Preprocessing.fit(customers, loaded.inputs(), settings.pcaVariance());
    Dataset<Row> features = prep.model().transform(customers)
        .drop(Preprocessing.inputColumns(loaded.inputs())).drop(Preprocessing.LOGGED);
    long n = loaded.count();
    if (!SelectionPhase.onDriver(n, settings)) {
      features = features.persist(StorageLevel.MEMORY_AND_DISK());
      run.jobs().run("cache the customers in PCA space", features::count);
    }
    run.progress().step("scaled, PCA keeps " + prep.components() + " of " + loaded.inputs().size() + " components",
        n);
    int largestK = Math.max(settings.kMax(), settings.forceK());
    if (n < largestK) {
      throw new BadInputException("customer table of " + run.runDate() + " has " + n + " customers: expected at least "
          + largestK + " (the largest k to fit)");
    }
    return new Prepared(customers, prep, features, n);
  }

  /** Every customer's cluster in the production model, and each cluster's profile. */
  private Assigned assign(StageRun run, Prepared prepared, SelectionPhase.Outcome selected) {
    ModelSelection.Fit production = selected.production();
    Dataset<Row> assigned = production.transform(prepared.features())
        .withColumn(NaiveBayesClassifier.SPLIT_DRAW, NaiveBayesClassifier.splitDraw(settings.seed()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    double[][] centres = production.model() instanceof KMeansModel km
        ? java.util.Arrays.stream(km.clusterCenters()).map(v -> v.toArray()).toArray(double[][]::new)
        : null;
    List<ClusterProfile> profiles = run.jobs().run("profile the clusters",
        () -> ProfileBuilder.build(assigned, selected.choice().k(), prepared.dims(), centres, prepared.prep().inputs()));
    // The assigned copy exists now (the profile filled it): the copies it was built from can go.
    prepared.features().unpersist();
    prepared.customers().unpersist();
    double[] populationMedian = run.jobs().run("median inputs of all customers",
        () -> ProfileBuilder.populationMedians(assigned, prepared.prep().inputs()));
    return new Assigned(assigned, profiles, populationMedian);
  }

  private Optional<PreviousRun.Found> previousRun(StageRun run, List<String> inputs) {
    try {
      Optional<PreviousRun.Found> found = PreviousRun.before(LakeFileSystem.of(run.spark()), run.layout(),
          run.runDate());
      if (found.isPresent() && !found.get().bundle().features().equals(inputs)) {
        // Another source's model: its centroids live in another space, nothing to match them with.
        run.progress().step("the run of " + found.get().runDate() + " had other inputs " + found.get().bundle()
            .features() + ": new segment ids");
        return Optional.empty();
      }
      run.progress().step(found.map(f -> "matching segments to the run of " + f.runDate())
          .orElse("no earlier model run: new segment ids"));
      return found;
    } catch (BundleFormatException e) {
      // An unreadable old bundle must not block every later run; ids restart and the log says so.
      run.progress().step("previous bundle unreadable, new segment ids: " + e.getMessage());
      return Optional.empty();
    }
  }

  private ModelReport report(StageRun run, Prepared prepared, SelectionPhase.Outcome selected,
      List<Segment> segments, Classifiers c, String previousDate, Dataset<Row> labelled) {
    List<SweepPoint> all = selected.all();
    List<double[]> sample = run.jobs().run("sample customers for the report's scatter plot",
        () -> scatterSample(labelled, segments));
    return new ModelReport(
        new ModelReport.Run(run.runDate().toString(), prepared.n(), settings.algorithm(), previousDate,
            run.progress().elapsedSeconds()),
        new ModelReport.Pca(settings.pcaVariance(), prepared.prep().varianceByComponent(), prepared.dims()),
        new ModelReport.Selection(selected.sweep(), all.subList(selected.sweep().size(), all.size()),
            selected.choice(), selected.production().point()),
        ReportBuilder.segments(segments), ReportBuilder.naiveBayes(c.nb().metrics(), c.nb().trainRows(),
            c.nb().agreement(), segments),
        ReportBuilder.stability(selected.stability(), segments), ReportBuilder.classifiers(c.nb().metrics(),
            c.nb().agreement(), c.compared(), c.served().name()),
        ReportBuilder.served(c.served(), segments),
        ReportBuilder.prospects(c.prospects(), prepared.prep().inputs().features(), c.served()),
        sample, null);
  }

  /** The Spark PipelineModels of models/run_date=D: segmentation, Naive Bayes, served, prospects. */
  private static Void savePipelines(String folder, Prepared prepared, SelectionPhase.Outcome selected,
      Classifiers c) {
    ModelFolder.savePipelines(folder,
        ModelFolder.pipeline(prepared.prep(), selected.production().stages(), prepared.customers()),
        ModelFolder.pipeline(prepared.prep(), List.of(c.nb().model()), prepared.customers()),
        ModelFolder.pipeline(prepared.prep(), List.of(c.served().model()), prepared.customers()),
        c.prospects() == null ? null
            : ModelFolder.pipeline(prepared.prep(), List.of(c.prospects().model()), prepared.customers()));
    return null;
  }

  /** The rest of models/run_date=D, beside the saved pipelines: the bundle and the report's figures. */
  private void stageModels(StageRun run, String folder, Prepared prepared, SelectionPhase.Outcome selected,
      List<Segment> segments, Classifiers c, ModelReport report) {
    NaiveBayesClassifier.Outcome nb = c.nb();
    KChoice choice = selected.choice();
    SweepPoint production = selected.production().point();
    ModelBundle bundle = BundleAssembler.assemble(run.runDate(), settings.algorithm(), prepared.prep(), segments,
        nb.model(), new BundleMetrics(prepared.n(), choice.k(), choice.reason(), production.wssse(),
            production.silhouette(), nb.metrics().accuracy(), nb.metrics().weightedF1(), nb.metrics().macroF1(),
            nb.agreement())).withClassifier(ClassifierExport.export(c.served(), nb, c.compared()))
        .withProspects(ClassifierExport.prospects(c.prospects(), prepared.prep().inputs().features()));
    ModelFolder.writeFiles(LakeFileSystem.of(run.spark()), folder, bundle.toJson(), report.withoutSample().toJson());
    run.progress().step("models and bundle written (staged)");
  }

  /** This run's customers against the served model's (published/_LATEST), when there is one. */
  private Optional<ServedModelDrift.Result> drift(StageRun run, Dataset<Row> customers) {
    Optional<ServedModelDrift.Result> drift = run.jobs().run("drift against the served model",
        () -> ServedModelDrift.measure(run.spark(), run.layout(), customers, driftSettings));
    run.progress().step(drift.map(d -> "drift against the served model of " + d.referenceRunDate() + ": " + d.level()
        + " " + d.psi().entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.3f", e.getKey(), e.getValue()))
            .collect(Collectors.joining(", ")))
        .orElse("drift: no served model to compare with"));
    return drift;
  }

  /**
   * Fits the BG/NBD and Gamma-Gamma on every customer's repeat purchases, or says why the data
   * cannot carry them (lifetime-value/README.md).
   */
  private LifetimeFit fitLifetime(StageRun run, Dataset<Row> customers) {
    LifetimeFit fit = run.jobs().run("lifetime value: fit BG/NBD and Gamma-Gamma",
        () -> LifetimeModel.fit(LifetimeModel.withInputs(customers), lifetimeSettings));
    run.progress().step("lifetime value " + fit.status() + fit.refusal().map(r -> ": " + r).orElse(String.format(
        Locale.ROOT, " on %,d repeat customers", fit.bgNbd().repeaters())));
    return fit;
  }

  /** The four BI tables, each checked as written; returns the segments' lifetime figures. */
  private Map<Integer, SegmentLifetime> stageTables(StageRun run, Prepared prepared,
      SelectionPhase.Outcome selected, List<Segment> segments, Classifiers c, Dataset<Row> labelled,
      String previousDate, LifetimeFit lifetime, Optional<ServedModelDrift.Result> drift) {
    long n = prepared.n();
    int k = segments.size();
    Set<Integer> ids = segments.stream().map(Segment::id).collect(Collectors.toSet());
    List<String> names = new ArrayList<>();
    // model_selection and model_metrics depend on nothing written here: they are staged side by
    // side with customer_segments and the segment_profiles that need its lifetime figures.
    CompletableFuture<Dataset<Row>> selection = run.jobs().start("write model_selection (staged)",
        () -> run.outputs().table(LakeTables.MODEL_SELECTION,
            SegmentTables.modelSelection(run.spark(), selected.all(), selected.production().point(), selected.choice()),
            TableChecks.modelSelection(selected.all().size())));
    CompletableFuture<Dataset<Row>> metrics = run.jobs().start("write model_metrics (staged)",
        () -> run.outputs().table(LakeTables.MODEL_METRICS,
            SegmentTables.modelMetrics(run.spark(), metrics(n, prepared, selected, c, segments, lifetime, drift)),
            TableChecks.modelMetrics(MetricRows.REQUIRED)));
    Map<Integer, SegmentLifetime> segmentLifetime = JobGroup.meanwhile(CompletableFuture.allOf(selection, metrics),
        () -> {
          Dataset<Row> written = run.jobs().run("write customer_segments (staged)", () -> run.outputs().table(
              LakeTables.CUSTOMER_SEGMENTS, SegmentTables.customerSegments(
                  LifetimeModel.predict(LifetimeModel.withInputs(c.served().model().transform(labelled)), lifetime),
                  c.served().predictionCol(), c.served().probabilityCol(), segments, prepared.dims(),
                  lifetime.status().name()),
              TableChecks.customerSegments(n, ids)));
          Map<Integer, SegmentLifetime> bySegment = run.jobs().run("lifetime value by segment",
              () -> SegmentTables.segmentLifetime(written));
          run.jobs().run("write segment_profiles (staged)", () -> run.outputs().table(LakeTables.SEGMENT_PROFILES,
              SegmentTables.segmentProfiles(run.spark(), segments, previousDate, bySegment),
              TableChecks.segmentProfiles(k, n)));
          return bySegment;
        });
    LakeTables.PUBLISHED.forEach(t -> names.add(t.name()));
    run.progress().step("staged published " + String.join(", ", names), n);
    return segmentLifetime;
  }

  private static List<SegmentTables.MetricRow> metrics(long n, Prepared prepared, SelectionPhase.Outcome selected,
      Classifiers c, List<Segment> segments, LifetimeFit lifetime, Optional<ServedModelDrift.Result> drift) {
    List<SegmentTables.MetricRow> rows = new ArrayList<>(MetricRows.of(n, selected.choice(),
        selected.production().point(), prepared.prep().varianceByComponent(), prepared.dims(), c.nb(), segments,
        selected.stability(), c.compared(), c.served().name(), c.prospects()));
    rows.addAll(LifetimeMetricRows.of(lifetime));
    rows.add(ScoredMetricRows.refit());
    drift.ifPresent(d -> rows.addAll(DriftMetricRows.of(d)));
    return rows;
  }

  /** reports/modeling/run_date=D: the report's data and its page. */
  private void stageReport(StageRun run, ModelReport report) {
    String folder = run.outputs().folder(run.layout().report(REPORT, run.runDate()));
    LakeFileSystem files = LakeFileSystem.of(run.spark());
    files.writeText(folder + "/report.json", report.toJson());
    files.writeText(folder + "/report.html", ModelReportPage.render(report));
  }

  /** Up to 2,000 customers' first two PCA coordinates and segment id, for the report's scatter plot. */
  private static List<double[]> scatterSample(Dataset<Row> labelled, List<Segment> segments) {
    long total = segments.stream().mapToLong(s -> s.profile().size()).sum();
    double fraction = Math.min(1.0, 2_500.0 / total);
    List<double[]> points = new ArrayList<>();
    for (Row r : labelled.sample(false, fraction, 7).limit(2_000)
        .select(col(Preprocessing.PCA_COL), col(NaiveBayesClassifier.LABEL)).collectAsList()) {
      double[] v = ((org.apache.spark.ml.linalg.Vector) r.get(0)).toArray();
      int id = segments.get((int) r.getDouble(1)).id();
      points.add(new double[] {v[0], v.length > 1 ? v[1] : 0.0, id});
    }
    return points;
  }
}
