package com.banksegment.modeling;

import static org.apache.spark.sql.functions.col;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.ModelingSettings;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.contract.ActionCatalog;
import com.banksegment.scorer.BundleFormatException;
import com.banksegment.scorer.BundleMetrics;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.spark.LakeFiles;
import com.banksegment.spark.Progress;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The modeling stage for one run date: clean/customers to segments. Encodes and scales the six
 * inputs, reduces them with PCA, sweeps k with K-means (WSSSE and silhouette on all customers),
 * chooses k ({@link KChoice}), compares bisecting K-means and a Gaussian mixture, profiles, names
 * and matches the segments to the previous run, trains Gaussian Naive Bayes, and publishes the
 * models, the bundle, the BI tables, the report and finally the pointer ({@link Publisher}).
 */
public final class ModelJob {
  private final SparkSession spark;
  private final SuiteSettings settings;
  private RunDate runDate;
  private PrintStream out = System.out;

  public ModelJob(SparkSession spark, SuiteSettings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  public ModelJob runDate(RunDate runDate) {
    this.runDate = runDate;
    return this;
  }

  /** Where progress lines go (standard output by default). */
  public ModelJob progressTo(PrintStream out) {
    this.out = out;
    return this;
  }

  public ModelResult execute() {
    if (runDate == null) {
      throw new IllegalArgumentException("run date not set: call runDate(RunDate) before execute()");
    }
    ModelingSettings m = settings.modeling();
    LakeLayout layout = settings.lake().layout();
    Progress progress = new Progress("model", out);
    Dataset<Row> customers = CustomerTable.read(spark, layout, runDate);

    Preprocessing.Fitted prep = Preprocessing.fit(customers, m.pcaVariance());
    int dims = prep.components();
    Dataset<Row> features = prep.model().transform(customers)
        .drop(Preprocessing.inputColumns()).drop(Preprocessing.LOGGED)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long n = features.count();
    progress.step("scaled, PCA keeps " + dims + " of 6 components", n);
    int largestK = Math.max(m.kMax(), m.forceK());
    if (n < largestK) {
      throw new BadInputException("customer table of " + runDate + " has " + n + " customers: expected at least "
          + largestK + " (the largest k to fit)");
    }

    SelectionPhase.Outcome selected = SelectionPhase.run(features, n, dims, m, progress);
    ModelSelection.Fit production = selected.production();
    KChoice choice = selected.choice();
    int k = choice.k();

    Dataset<Row> assigned = production.transform(features)
        .withColumn(NaiveBayesStage.SPLIT_DRAW, NaiveBayesStage.splitDraw(m.seed()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    double[][] centres = production.model() instanceof KMeansModel km
        ? java.util.Arrays.stream(km.clusterCenters()).map(v -> v.toArray()).toArray(double[][]::new)
        : null;
    List<ClusterProfile> profiles = ProfileBuilder.build(assigned, k, dims, centres);
    features.unpersist();
    customers.unpersist();
    Optional<PreviousRun.Found> previous = previousRun(layout, progress);
    List<Segment> segments = SegmentAssembly.assemble(profiles, BundleAssembler.axes(prep),
        prep.scaler().mean().toArray(), prep.scaler().std().toArray(),
        previous.map(PreviousRun.Found::bundle).orElse(null), new ActionCatalog(m.actions()));
    progress.step("segments: " + segments.stream().map(Segment::name).collect(Collectors.joining(", ")));

    Dataset<Row> labelled = assigned.withColumn(NaiveBayesStage.LABEL,
        SegmentTables.lookup(col(ModelSelection.PREDICTION), SegmentAssembly.classOfClusterIndex(segments))
            .cast("double"));
    NaiveBayesStage.Outcome nb = NaiveBayesStage.train(labelled, k, m.holdoutFraction());
    progress.step(String.format(java.util.Locale.ROOT, "Naive Bayes weighted F1 %.4f, agreement %.4f",
        nb.metrics().weightedF1(), nb.agreement()));

    ModelBundle bundle = BundleAssembler.assemble(runDate, m.algorithm(), prep, segments, nb.model(),
        new BundleMetrics(n, k, choice.reason(), production.point().wssse(), production.point().silhouette(),
            nb.metrics().accuracy(), nb.metrics().weightedF1(), nb.metrics().macroF1(), nb.agreement()));
    String previousDate = previous.map(p -> p.runDate().toString()).orElse(null);
    List<SweepPoint> allPoints = selected.all();
    ModelReport report = new ModelReport(runDate.toString(), n, m.algorithm(), m.pcaVariance(),
        prep.varianceByComponent(), dims, selected.sweep(),
        allPoints.subList(selected.sweep().size(), allPoints.size()), choice, production.point(),
        ReportBuilder.segments(segments),
        ReportBuilder.naiveBayes(nb, segments), previousDate, scatterSample(labelled, segments),
        progress.elapsedSeconds());

    Publisher publisher = new Publisher(spark, layout, runDate);
    publisher.publishModels(pipeline(prep, production.stages(), customers),
        pipeline(prep, List.of(nb.model()), customers), bundle.toJson(), report.withoutSample().toJson());
    progress.step("models and bundle written to " + layout.modelDir(runDate));
    Map<String, Publisher.Table> tables = tables(labelled, segments, selected, prep, nb, n, previousDate);
    publisher.publishTables(tables);
    progress.step("published " + String.join(", ", tables.keySet()), n);
    publisher.publishReport(Map.of("report.json", report.toJson(), "report.html", ReportHtml.render(report)));
    boolean moved = publisher.movePointer();
    assigned.unpersist();
    progress.step("report written; published/_LATEST " + (moved ? "now " + runDate : "left at a later date"));
    return new ModelResult(runDate, n, dims, choice, allPoints, segments, production.point().silhouette(),
        nb.metrics(), nb.agreement(), previousDate, layout.modelDir(runDate), layout.report("modeling", runDate),
        moved, progress.elapsedSeconds());
  }

  /** The four BI tables and the check each staged table must pass. */
  private Map<String, Publisher.Table> tables(Dataset<Row> labelled, List<Segment> segments,
      SelectionPhase.Outcome selected, Preprocessing.Fitted prep, NaiveBayesStage.Outcome nb, long n,
      String previousDate) {
    int k = segments.size();
    int dims = prep.components();
    SweepPoint production = selected.production().point();
    Map<String, Publisher.Table> tables = new LinkedHashMap<>();
    Set<Integer> ids = segments.stream().map(Segment::id).collect(Collectors.toSet());
    tables.put(SegmentTables.CUSTOMER_SEGMENTS, new Publisher.Table(
        SegmentTables.customerSegments(nb.model().transform(labelled), segments, dims),
        TableChecks.customerSegments(n, ids)));
    tables.put(SegmentTables.SEGMENT_PROFILES, new Publisher.Table(
        SegmentTables.segmentProfiles(spark, segments, previousDate), TableChecks.segmentProfiles(k, n)));
    tables.put(SegmentTables.MODEL_SELECTION, new Publisher.Table(
        SegmentTables.modelSelection(spark, selected.all(), production, selected.choice()),
        TableChecks.modelSelection(selected.all().size())));
    tables.put(SegmentTables.MODEL_METRICS, new Publisher.Table(
        SegmentTables.modelMetrics(spark, MetricRows.of(n, selected.choice(), production,
            prep.varianceByComponent(), dims, nb, segments)),
        TableChecks.modelMetrics(MetricRows.REQUIRED)));
    return tables;
  }

  private Optional<PreviousRun.Found> previousRun(LakeLayout layout, Progress progress) {
    try {
      Optional<PreviousRun.Found> found = PreviousRun.before(LakeFiles.of(spark), layout, runDate);
      progress.step(found.map(f -> "matching segments to the run of " + f.runDate())
          .orElse("no earlier model run: new segment ids"));
      return found;
    } catch (BundleFormatException e) {
      // An unreadable old bundle must not block every later run; ids restart and the log says so.
      progress.step("previous bundle unreadable, new segment ids: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The fitted transforms followed by a model (and its input stages), as one saved PipelineModel. */
  private static PipelineModel pipeline(Preprocessing.Fitted prep, List<? extends Transformer> last,
      Dataset<Row> customers) {
    List<PipelineStage> stages = new ArrayList<>(List.of(prep.model().stages()));
    stages.addAll(last);
    // Every stage is already fitted: Pipeline.fit only checks the schema and wraps them.
    return new Pipeline().setStages(stages.toArray(new PipelineStage[0])).fit(customers);
  }

  /** Up to 2,000 customers' first two PCA coordinates and segment id, for the report's scatter plot. */
  private static List<double[]> scatterSample(Dataset<Row> labelled, List<Segment> segments) {
    long total = segments.stream().mapToLong(s -> s.profile().size()).sum();
    double fraction = Math.min(1.0, 2_500.0 / total);
    List<double[]> points = new ArrayList<>();
    for (Row r : labelled.sample(false, fraction, 7).limit(2_000)
        .select(col(Preprocessing.PCA_COL), col(NaiveBayesStage.LABEL)).collectAsList()) {
      double[] v = ((org.apache.spark.ml.linalg.Vector) r.get(0)).toArray();
      int id = segments.get((int) r.getDouble(1)).id();
      points.add(new double[] {v[0], v.length > 1 ? v[1] : 0.0, id});
    }
    return points;
  }
}
