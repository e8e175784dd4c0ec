package com.banksegment.scorer;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.OptBoolean;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything needed to score one customer without Spark, saved as one versioned JSON file
 * ({@code models/run_date=D/bundle.json}). The transforms run in this order: gender encoding,
 * log1p of {@link #logFeatures}, standard scaling, PCA; then the nearest centroid gives the
 * cluster and the served classifier ({@link #classifier}: Gaussian Naive Bayes, logistic regression
 * or a decision tree) gives class probabilities.
 *
 * <p>The model's inputs are those its source has: recency, frequency and monetary always, plus
 * the customer attributes the source declares (the bank: age, balance, gender; invoice lines:
 * none). {@link #features} lists them in the order of {@link #FEATURES}, and every array of the
 * bundle follows that list. A reader of format 1 from before subsets refuses a bundle whose
 * features are not all six (its check), so it never scores one wrongly.
 *
 * @param formatVersion {@link #FORMAT_VERSION} when written by this code
 * @param runDate business date of the training run, YYYY-MM-DD
 * @param createdAt when the bundle was written (ISO-8601 instant)
 * @param algorithm the clustering algorithm of the production model (kmeans, ...)
 * @param features the model's inputs: a subset of {@link #FEATURES} in that order, with {@link #REQUIRED_FEATURES}
 * @param logFeatures features that get {@code log1p} before scaling (among {@code features})
 * @param genderEncoding how gender becomes a number; null when gender is not an input
 * @param scaler standard scaling parameters
 * @param pca principal axes kept
 * @param clusters the segments; index i is Naive Bayes class i
 * @param naiveBayes Gaussian Naive Bayes parameters (always present: the classifier every run trains)
 * @param metrics figures of the training run
 * @param classifier the served classifier and every compared one's held-out figures; absent in a
 *     bundle written before issue #15, which serves Naive Bayes
 * @param prospects the prospects classifier (likely segment from the attributes known at account
 *     opening), or the note that the source has none; absent in a bundle written before it
 */
public record ModelBundle(
    int formatVersion,
    String runDate,
    String createdAt,
    String algorithm,
    List<String> features,
    List<String> logFeatures,
    GenderEncoding genderEncoding,
    ScalerParams scaler,
    PcaParams pca,
    List<ClusterInfo> clusters,
    NaiveBayesParams naiveBayes,
    BundleMetrics metrics,
    @JacksonInject(value = BundleJson.ABSENT_CLASSIFIER, useInput = OptBoolean.TRUE) ClassifierParams classifier,
    @JacksonInject(value = BundleJson.ABSENT_PROSPECTS, useInput = OptBoolean.TRUE) ProspectParams prospects) {

  /** A bundle that serves Naive Bayes (as every bundle before issue #15 did). */
  public ModelBundle(int formatVersion, String runDate, String createdAt, String algorithm, List<String> features,
      List<String> logFeatures, GenderEncoding genderEncoding, ScalerParams scaler, PcaParams pca,
      List<ClusterInfo> clusters, NaiveBayesParams naiveBayes, BundleMetrics metrics) {
    this(formatVersion, runDate, createdAt, algorithm, features, logFeatures, genderEncoding, scaler, pca, clusters,
        naiveBayes, metrics, null, null);
  }

  /** The same bundle serving another classifier. */
  public ModelBundle withClassifier(ClassifierParams served) {
    return new ModelBundle(formatVersion, runDate, createdAt, algorithm, features, logFeatures, genderEncoding,
        scaler, pca, clusters, naiveBayes, metrics, served, prospects);
  }

  /** The same bundle with a prospects classifier (or the note that there is none). */
  public ModelBundle withProspects(ProspectParams p) {
    return new ModelBundle(formatVersion, runDate, createdAt, algorithm, features, logFeatures, genderEncoding,
        scaler, pca, clusters, naiveBayes, metrics, classifier, p);
  }

  /** The id of the classifier that gives the probabilities ({@link ClassifierParams#NAIVE_BAYES} for an old bundle). */
  public String servedClassifier() {
    return Classifiers.servedName(this);
  }

  /** Bumped when a reader of the old format could not score a new bundle correctly. */
  public static final int FORMAT_VERSION = 1;

  /** Every input a model can have, in the order a bundle lists its own (its arrays follow that list). */
  public static final List<String> FEATURES =
      List.of("recency_days", "frequency", "monetary", "age", "balance", "gender");

  /** The inputs every model has: recency, frequency and monetary come from any transaction log. */
  public static final List<String> REQUIRED_FEATURES = List.of("recency_days", "frequency", "monetary");

  /** The skewed inputs that get log1p when they are inputs (see the modeling rules). */
  public static final List<String> DEFAULT_LOG_FEATURES = List.of("frequency", "monetary", "balance");

  public static final String FILE_NAME = "bundle.json";

  public static ModelBundle read(InputStream in) {
    try {
      return BundleJson.MAPPER.readValue(in, ModelBundle.class).validate();
    } catch (JsonProcessingException e) {
      throw notBundle(e);
    } catch (IOException e) {
      throw new BundleFormatException("cannot read model bundle: " + e.getMessage(), e);
    }
  }

  public static ModelBundle read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BundleFormatException("model bundle " + file + " not found: expected the "
          + FILE_NAME + " of a model run (models/run_date=D/" + FILE_NAME + ")");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new BundleFormatException("cannot read model bundle " + file + ": " + e.getMessage(), e);
    } catch (BundleFormatException e) {
      throw new BundleFormatException(file + ": " + e.getMessage(), e);
    }
  }

  public static ModelBundle fromJson(String json) {
    try {
      return BundleJson.MAPPER.readValue(json, ModelBundle.class).validate();
    } catch (JsonProcessingException e) {
      throw notBundle(e);
    }
  }

  private static BundleFormatException notBundle(JsonProcessingException e) {
    String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    return new BundleFormatException("model bundle is not valid JSON of format " + FORMAT_VERSION + where
        + ": " + e.getOriginalMessage(), e);
  }

  /** Pretty-printed JSON; doubles are written so they read back bit for bit. */
  public String toJson() {
    try {
      return BundleJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(validate());
    } catch (IOException e) {
      throw new BundleFormatException("cannot serialise model bundle: " + e.getMessage(), e);
    }
  }

  public void write(OutputStream out) throws IOException {
    out.write(toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Checks that every part is present and every array has the right shape; returns this. */
  public ModelBundle validate() {
    BundleValidator.check(this);
    return this;
  }

  /** Whether this model reads the input (one of {@link #FEATURES}). */
  public boolean uses(String feature) {
    return features.contains(feature);
  }

  /** Number of PCA components (the dimension of the centroids). */
  public int pcaDimension() {
    return pca.components().length;
  }

  /** The cluster with this stable id. */
  public ClusterInfo cluster(int id) {
    for (ClusterInfo c : clusters) {
      if (c.id() == id) {
        return c;
      }
    }
    throw new IllegalArgumentException("cluster id " + id + " not in the bundle: expected one of "
        + clusters.stream().map(ClusterInfo::id).toList());
  }
}
