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
            + "expected recency_days, frequency, monetary and any of age, balance, gender, in the order "
            + "[recency_days, frequency, monetary, age, balance, gender]");
  }

  @Test
  void aBundleOfRfmOnlyRoundTripsWithThreeInputsAndNoGenderEncoding() {
    ModelBundle rfm = TestBundles.rfmOnly();
    String json = rfm.toJson();

    ModelBundle back = ModelBundle.fromJson(json);

    assertThat(json).contains("\"features\" : [ \"recency_days\", \"frequency\", \"monetary\" ]")
        .contains("\"genderEncoding\" : null")
        .contains("\"typicalCustomer\" : {\n      \"recencyDays\" : 90.0,\n      \"frequency\" : 1.0,\n"
            + "      \"monetary\" : 150.0\n    }");
    assertThat(back.features()).containsExactly("recency_days", "frequency", "monetary");
    assertThat(back.uses("age")).isFalse();
    assertThat(back.clusters().get(1).typicalCustomer()).isEqualTo(TestBundles.TYPICAL_RECENT);
    assertThat(back.clusters().get(1).typicalCustomer().gender()).isNull();
    assertThat(back.toJson()).isEqualTo(json);
  }

  @Test
  void acceptsAnyOrderedSubsetWithRfm() {
    ModelBundle b = TestBundles.rfmOnly();
    // recency, frequency, monetary and balance: a source with a balance column only.
    String json = b.toJson()
        .replace("\"features\" : [ \"recency_days\", \"frequency\", \"monetary\" ]",
            "\"features\" : [ \"recency_days\", \"frequency\", \"monetary\", \"balance\" ]")
        .replace("\"mean\" : [ 10.0, 0.0, 0.0 ]", "\"mean\" : [ 10.0, 0.0, 0.0, 0.0 ]")
        .replace("\"std\" : [ 5.0, 1.0, 1.0 ]", "\"std\" : [ 5.0, 1.0, 1.0, 1.0 ]")
        .replace("[ 1.0, 0.0, 0.0 ], [ 0.0, 0.0, 1.0 ]", "[ 1.0, 0.0, 0.0, 0.0 ], [ 0.0, 0.0, 1.0, 0.0 ]")
        .replace("\"monetary\" : 150.0", "\"monetary\" : 150.0, \"balance\" : 10.0")
        .replace("\"monetary\" : 2500.0", "\"monetary\" : 2500.0, \"balance\" : 20.0");

    ModelBundle read = ModelBundle.fromJson(json);

    assertThat(read.features()).containsExactly("recency_days", "frequency", "monetary", "balance");
    assertThat(new Scorer(read).score(CustomerInput.forFeatures(read.features()).set("recency_days", 20)
        .set("frequency", 1).set("monetary", 0).set("balance", 5).build()).clusterId()).isZero();
  }

  @Test
  void refusesFeaturesWithoutRfmUnknownOrRepeated() {
    String rfm = TestBundles.rfmOnly().toJson();
    String features = "\"features\" : [ \"recency_days\", \"frequency\", \"monetary\" ]";

    assertThatThrownBy(() -> ModelBundle.fromJson(rfm.replace(features,
        "\"features\" : [ \"recency_days\", \"frequency\", \"age\" ]")))
        .hasMessageStartingWith("model bundle field features = [recency_days, frequency, age]: expected "
            + "recency_days, frequency, monetary and any of");
    assertThatThrownBy(() -> ModelBundle.fromJson(rfm.replace(features,
        "\"features\" : [ \"recency_days\", \"frequency\", \"frequency\" ]")))
        .hasMessageStartingWith("model bundle field features = [recency_days, frequency, frequency]");
    assertThatThrownBy(() -> ModelBundle.fromJson(rfm.replace(features,
        "\"features\" : [ \"recency_days\", \"frequency\", \"monetary\", \"income\" ]")))
        .hasMessageStartingWith("model bundle field features = [recency_days, frequency, monetary, income]");
  }

  @Test
  void refusesArraysOfAnotherLengthThanTheFeatures() {
    String json = TestBundles.rfmOnly().toJson().replace("\"std\" : [ 5.0, 1.0, 1.0 ]", "\"std\" : [ 5.0, 1.0 ]");

    assertThatThrownBy(() -> ModelBundle.fromJson(json))
        .hasMessage("model bundle field scaler.std = an array of 2: expected an array of 3 numbers");
  }

  @Test
  void aGenderEncodingWithoutGenderOrATypicalCustomerOfOtherInputsIsRefused() {
    ModelBundle b = TestBundles.rfmOnly();
    String withEncoding = b.toJson().replace("\"genderEncoding\" : null",
        "\"genderEncoding\" : { \"male\" : 1.0, \"female\" : 0.0, \"unknown\" : 0.5 }");
    String sixInputTypical = b.toJson().replace("\"monetary\" : 150.0",
        "\"monetary\" : 150.0, \"age\" : 40.0, \"balance\" : 1.0, \"gender\" : \"M\"");
    String sixInputBank = TestBundles.twoClusters().toJson().replace("\"genderEncoding\" : {", "\"x\" : {")
        .replaceFirst("\"x\" : \\{[^}]*},", "\"genderEncoding\" : null,");

    assertThatThrownBy(() -> ModelBundle.fromJson(withEncoding))
        .hasMessageStartingWith("model bundle field genderEncoding = ")
        .hasMessageEndingWith("expected null: gender is not among the features [recency_days, frequency, monetary]");
    assertThatThrownBy(() -> ModelBundle.fromJson(sixInputTypical))
        .hasMessage("model bundle field clusters[id=0].typicalCustomer = [recency_days, frequency, monetary, age, "
            + "balance, gender]: expected the inputs [recency_days, frequency, monetary]");
    assertThatThrownBy(() -> ModelBundle.fromJson(sixInputBank))
        .hasMessage("model bundle field genderEncoding is missing");
  }

  @Test
  void readsASixInputBundleOfFormatOneAsWrittenBeforeSubsets() {
    // The typical customer as the record of format 1 wrote it: all six fields, camelCase.
    String json = TestBundles.twoClusters().toJson();

    assertThat(json).contains("\"recencyDays\" : 60.0,\n      \"frequency\" : 1.0,\n      \"monetary\" : 300.0,\n"
        + "      \"age\" : 45.0,\n      \"balance\" : 5000.0,\n      \"gender\" : \"M\"");
    assertThat(ModelBundle.fromJson(json).clusters().get(0).typicalCustomer()).isEqualTo(TestBundles.TYPICAL_DORMANT);
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
