package com.banksegment.scorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelBundleTest {

  @Test
  void roundTripsThroughJsonBitForBit(@TempDir Path dir) throws Exception {
    ModelBundle original = withStd(new double[] {0.1 + 0.2, 1.0 / 3, Math.PI, 1e-300, 2, Math.ulp(1.0)});
    Path file = dir.resolve(ModelBundle.FILE_NAME);
    Files.writeString(file, original.toJson());

    ModelBundle back = ModelBundle.read(file);

    assertThat(back.scaler().std()).containsExactly(original.scaler().std());
    assertThat(back.pca().components()).isDeepEqualTo(original.pca().components());
    assertThat(back.naiveBayes().pi()).containsExactly(original.naiveBayes().pi());
    assertThat(back.clusters().get(0).typicalCustomer()).isEqualTo(TestBundles.TYPICAL_DORMANT);
    assertThat(back.metrics()).isEqualTo(original.metrics());
    assertThat(back.toJson()).isEqualTo(original.toJson());
  }

  @Test
  void theJsonNamesTheFormatVersionAndFeatureOrder() {
    String json = TestBundles.twoClusters().toJson();

    assertThat(json).contains("\"formatVersion\" : 1")
        .contains("\"features\" : [ \"recency_days\", \"frequency\", \"monetary\", \"age\", \"balance\", \"gender\" ]");
  }

  @Test
  void ignoresFieldsAddedByALaterWriterOfTheSameFormat() {
    String json = TestBundles.twoClusters().toJson().replaceFirst("\\{", "{ \"comment\" : \"added later\",");

    assertThat(ModelBundle.fromJson(json).clusters()).hasSize(2);
  }

  @Test
  void refusesAnotherFormatVersion() {
    String json = TestBundles.twoClusters().toJson().replace("\"formatVersion\" : 1", "\"formatVersion\" : 2");

    assertThatThrownBy(() -> ModelBundle.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(BundleFormatException.class)
        .hasMessageStartingWith("model bundle field formatVersion = 2: expected format 1");
  }

  @Test
  void refusesACentroidOfTheWrongDimensionNamingTheCluster() {
    ModelBundle b = TestBundles.twoClusters();
    String json = b.toJson().replace("\"centroid\" : [ -1.0, 0.0 ]", "\"centroid\" : [ -1.0 ]");

    assertThatThrownBy(() -> ModelBundle.fromJson(json))
        .hasMessage("model bundle field clusters[id=3].centroid = an array of 1: expected an array of 2 numbers");
  }

  @Test
  void refusesANonPositiveVariance() {
    String json = TestBundles.twoClusters().toJson().replace("\"sigma\" : [ [ 1.0, 1.0 ]", "\"sigma\" : [ [ 0.0, 1.0 ]");

    assertThatThrownBy(() -> ModelBundle.fromJson(json))
        .hasMessage("model bundle field naiveBayes.sigma = 0.0: expected variances > 0");
  }

  @Test
  void refusesAMissingPart() {
    String json = TestBundles.twoClusters().toJson().replaceFirst("\"scaler\" : \\{[^}]*},", "");

    assertThatThrownBy(() -> ModelBundle.fromJson(json))
        .isInstanceOf(BundleFormatException.class)
        .hasMessageContaining("scaler");
  }

  @Test
  void refusesAnotherFeatureOrder() {
    String json = TestBundles.twoClusters().toJson()
        .replace("\"recency_days\", \"frequency\"", "\"frequency\", \"recency_days\"");

    assertThatThrownBy(() -> ModelBundle.fromJson(json))
        .hasMessage("model bundle field features = [frequency, recency_days, monetary, age, balance, gender]: "
            + "expected [recency_days, frequency, monetary, age, balance, gender]");
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("models/run_date=2016-10-21/bundle.json");

    assertThatThrownBy(() -> ModelBundle.read(missing))
        .hasMessageStartingWith("model bundle " + missing + " not found");
  }

  @Test
  void findsAClusterByStableId() {
    assertThat(TestBundles.twoClusters().cluster(3).name()).isEqualTo("Regular savers");
  }

  private static ModelBundle withStd(double[] std) {
    ModelBundle b = TestBundles.twoClusters();
    return new ModelBundle(b.formatVersion(), b.runDate(), b.createdAt(), b.algorithm(), b.features(),
        b.logFeatures(), b.genderEncoding(), new ScalerParams(b.scaler().mean(), std), b.pca(),
        b.clusters(), b.naiveBayes(), b.metrics());
  }
}
