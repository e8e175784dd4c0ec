package com.banksegment.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.features.FeaturesJob;
import com.banksegment.ingest.IngestJob;
import com.banksegment.modeling.bundle.ModelFolder;
import com.banksegment.modeling.classifier.NaiveBayesClassifier;
import com.banksegment.modeling.classifier.ProspectClassifier;
import com.banksegment.scorer.ClusterInfo;
import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Gender;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.scorer.ProspectScorer;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.scorer.Scorer;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.TestData;
import com.banksegment.spark.stage.StageContext;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.classification.ProbabilisticClassificationModel;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real head20k file through ingest, features and model (default k sweep 2..10) in a
 * temporary lake; then every customer is scored by the saved Spark PipelineModels and by the
 * Spark-free scorer from bundle.json, and the two must agree: the segment, Naive Bayes'
 * probabilities and the served classifier's class and probabilities.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelParityIT {
  static final RunDate DAY = RunDate.parse("2016-10-21");

  @TempDir
  static Path lake;
  SparkSession spark;
  ModelResult result;
  Scorer scorer;
  List<Row> customers;

  @BeforeAll
  void runThePipeline() {
    spark = SparkTestSession.get();
    SuiteSettings settings = SuiteSettings.load().with("segment.lake.root", lake.toString());
    new IngestJob(StageContext.of(spark, settings, DAY)).input(TestData.realHead20k().toString()).execute();
    new FeaturesJob(StageContext.of(spark, settings, DAY)).execute();
    result = new ModelJob(StageContext.of(spark, settings, DAY)).execute();
    scorer = Scorer.load(Path.of(result.outputs().modelDir(), ModelBundle.FILE_NAME));
    customers = spark.read().parquet(lake + "/clean/customers/" + DAY.partition()).collectAsList();
    System.out.printf("head20k: %,d customers, k = %d (%s), silhouette %.4f, NB accuracy %.4f, weighted F1 %.4f,"
            + " macro F1 %.4f, agreement %.4f, %.1f s%n", result.clustering().customers(), result.k(), result.clustering().choice().reason(),
        result.clustering().silhouette(), result.naiveBayes().heldOut().accuracy(), result.naiveBayes().heldOut().weightedF1(),
        result.naiveBayes().heldOut().macroF1(), result.naiveBayes().centroidAgreement(), result.elapsedSeconds());
  }

  @Test
  void theScorerAssignsEveryCustomerToTheClusterTheSavedSparkModelAssigns() {
    PipelineModel segmentation = PipelineModel.load(result.outputs().modelDir() + "/" + ModelFolder.SEGMENTATION_MODEL);
    KMeansModel kmeans = (KMeansModel) segmentation.stages()[segmentation.stages().length - 1];
    Map<Integer, Integer> idOfModelIndex = new HashMap<>();
    for (int i = 0; i < kmeans.clusterCenters().length; i++) {
      for (ClusterInfo c : scorer.bundle().clusters()) {
        if (Arrays.equals(c.centroid(), kmeans.clusterCenters()[i].toArray())) {
          idOfModelIndex.put(i, c.id());
        }
      }
    }
    assertThat(idOfModelIndex).hasSize(result.k());

    Map<String, Integer> spark = new HashMap<>();
    for (Row r : segmentation.transform(customersTable()).select("customer_id", "prediction").collectAsList()) {
      spark.put(r.getString(0), idOfModelIndex.get(r.getInt(1)));
    }
    long agreeing = customers.stream()
        .filter(c -> scorer.score(input(c)).clusterId() == spark.get(c.<String>getAs("customer_id"))).count();

    assertThat(customers).hasSize((int) result.clustering().customers());
    assertThat(agreeing).isEqualTo(customers.size());
  }

  @Test
  void thePublishedSegmentOfEveryCustomerIsTheScorersSegment() {
    Map<String, Integer> published = new HashMap<>();
    for (Row r : spark.read().parquet(lake + "/published/customer_segments/" + DAY.partition())
        .select("customer_id", "cluster_id").collectAsList()) {
      published.put(r.getString(0), r.getInt(1));
    }

    assertThat(customers).allSatisfy(c -> assertThat(scorer.score(input(c)).clusterId())
        .as("customer %s", c.<String>getAs("customer_id"))
        .isEqualTo(published.get(c.<String>getAs("customer_id"))));
  }

  @Test
  void naiveBayesProbabilitiesAgreeWithinOneBillionth() {
    // The bundle's Naive Bayes, served or not: the same bundle told to serve it.
    Scorer scorer = new Scorer(this.scorer.bundle().withClassifier(null));
    PipelineModel naiveBayes = PipelineModel.load(result.outputs().modelDir() + "/" + ModelFolder.NAIVE_BAYES_MODEL);
    Map<String, double[]> spark = new HashMap<>();
    for (Row r : naiveBayes.transform(customersTable()).select("customer_id", NaiveBayesClassifier.NB_PROBABILITY)
        .collectAsList()) {
      spark.put(r.getString(0), ((Vector) r.get(1)).toArray());
    }
    double worst = 0;
    for (Row c : customers) {
      ScoreResult s = scorer.score(input(c));
      double[] expected = spark.get(c.<String>getAs("customer_id"));
      for (int i = 0; i < expected.length; i++) {
        worst = Math.max(worst, Math.abs(expected[i] - s.classifierProbabilities()[i]));
      }
    }
    System.out.printf("largest |Spark - scorer| Naive Bayes probability difference: %.3e%n", worst);

    assertThat(spark).hasSize(customers.size());
    assertThat(worst).isLessThanOrEqualTo(1e-9);
  }

  @Test
  void theServedClassifierGivesSparksClassAndProbabilitiesWithinOneBillionth() {
    PipelineModel served = PipelineModel.load(result.outputs().modelDir() + "/" + ModelFolder.CLASSIFIER_MODEL);
    var classifier = (ProbabilisticClassificationModel<?, ?>) served.stages()[served.stages().length - 1];
    Map<String, double[]> probabilities = new HashMap<>();
    Map<String, Integer> predicted = new HashMap<>();
    for (Row r : served.transform(customersTable())
        .select("customer_id", classifier.getProbabilityCol(), classifier.getPredictionCol()).collectAsList()) {
      probabilities.put(r.getString(0), ((Vector) r.get(1)).toArray());
      predicted.put(r.getString(0), scorer.bundle().clusters().get((int) r.getDouble(2)).id());
    }
    double worst = 0;
    long sameClass = 0;
    for (Row c : customers) {
      ScoreResult s = scorer.score(input(c));
      String id = c.getAs("customer_id");
      double[] expected = probabilities.get(id);
      for (int i = 0; i < expected.length; i++) {
        worst = Math.max(worst, Math.abs(expected[i] - s.classifierProbabilities()[i]));
      }
      sameClass += s.classifierClusterId() == predicted.get(id) ? 1 : 0;
    }
    ModelResult.Served figures = result.served();
    System.out.printf("served classifier %s: held-out weighted F1 %.4f (target 0.98), accuracy %.4f, agreement %.4f;"
            + " same class for %d of %d customers, largest |Spark - scorer| probability difference %.3e%n",
        figures.name(), figures.heldOut().weightedF1(), figures.heldOut().accuracy(), figures.centroidAgreement(),
        sameClass, customers.size(), worst);

    assertThat(scorer.bundle().servedClassifier()).isEqualTo(figures.name());
    assertThat(probabilities).hasSize(customers.size());
    assertThat(sameClass).isEqualTo(customers.size());
    assertThat(worst).isLessThanOrEqualTo(1e-9);
  }

  @Test
  void theProspectsClassifierGivesSparksProbabilitiesFromTheAttributesAlone() {
    PipelineModel prospects = PipelineModel.load(result.outputs().modelDir() + "/" + ModelFolder.PROSPECTS_MODEL);
    ProspectScorer scorer = new ProspectScorer(this.scorer.bundle());
    Map<String, double[]> spark = new HashMap<>();
    for (Row r : prospects.transform(customersTable()).select("customer_id", ProspectClassifier.PROBABILITY)
        .collectAsList()) {
      spark.put(r.getString(0), ((Vector) r.get(1)).toArray());
    }
    double worst = 0;
    for (Row c : customers) {
      CustomerInput in = input(c);
      double[] values = scorer.features().stream().mapToDouble(f -> switch (f) {
        case "age" -> in.age();
        case "balance" -> in.balance();
        default -> this.scorer.bundle().genderEncoding().code(in.gender());
      }).toArray();
      double[] expected = spark.get(c.<String>getAs("customer_id"));
      double[] actual = scorer.score(values).probabilities();
      for (int i = 0; i < expected.length; i++) {
        worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
      }
    }
    System.out.printf("prospects classifier on %s: held-out weighted F1 %.4f; largest |Spark - scorer| probability"
        + " difference %.3e%n", scorer.features(), this.scorer.bundle().prospects().figures().weightedF1(), worst);

    assertThat(scorer.features()).containsExactly("age", "balance", "gender");
    assertThat(spark).hasSize(customers.size());
    assertThat(worst).isLessThanOrEqualTo(1e-9);
  }

  private Dataset<Row> customersTable() {
    return spark.read().parquet(lake + "/clean/customers/" + DAY.partition());
  }

  private static CustomerInput input(Row r) {
    return new CustomerInput(((Number) r.getAs("recency_days")).doubleValue(),
        ((Number) r.getAs("frequency")).doubleValue(), ((Number) r.getAs("monetary")).doubleValue(),
        ((Number) r.getAs("age")).doubleValue(), ((Number) r.getAs("balance")).doubleValue(),
        Gender.parse(r.getAs("gender")));
  }
}
