package com.banksegment.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SuiteSettingsTest {

  @AfterEach
  void clearSystemProperties() {
    System.clearProperty("segment.profile");
    System.clearProperty("segment.lake.root");
  }

  @Test
  void embeddedDefaultIsLocalSparkAndLocalLake() {
    SuiteSettings s = SuiteSettings.load();
    assertThat(s.profile()).isEqualTo("local");
    assertThat(s.spark().master()).isEqualTo("local[*]");
    assertThat(s.lake().root()).isEqualTo("./lake");
    assertThat(s.modeling().kMin()).isEqualTo(2);
    assertThat(s.modeling().kMax()).isEqualTo(10);
    assertThat(s.features().rfmSegments()).isNotEmpty();
  }

  @Test
  void yarnProfileLaysTheClusterOverlayOverTheDefaults() {
    SuiteSettings s = SuiteSettings.load(List.of("segment.profile=yarn"));
    assertThat(s.spark().master()).isEqualTo("yarn");
    assertThat(s.lake().root()).startsWith("hdfs://");
    assertThat(s.spark().shufflePartitions()).isEqualTo(200);
    // Keys the overlay does not name keep their defaults.
    assertThat(s.modeling().pcaVariance()).isEqualTo(0.90);
    assertThat(s.spark().conf()).containsEntry("spark.sql.session.timeZone", "UTC");
  }

  @Test
  void commandLineOverridesWinOverSystemPropertiesAndTheProfile() {
    System.setProperty("segment.lake.root", "/from/system/property");
    assertThat(SuiteSettings.load().lake().root()).isEqualTo("/from/system/property");
    SuiteSettings s = SuiteSettings.load(List.of("segment.profile=yarn", "segment.lake.root=/from/cli"));
    assertThat(s.lake().root()).isEqualTo("/from/cli");
  }

  @Test
  void numbersGivenOnTheCommandLineKeepTheirType() {
    SuiteSettings s = SuiteSettings.load(List.of("segment.modeling.force-k=4", "segment.modeling.pca-variance=0.8"));
    assertThat(s.modeling().forceK()).isEqualTo(4);
    assertThat(s.modeling().pcaVariance()).isEqualTo(0.8);
  }

  @Test
  void theModelStagesDriverPathStartsAndStabilityHaveDefaultsAndBounds() {
    ModelingSettings m = SuiteSettings.load().modeling();
    assertThat(m.localMaxCustomers()).isEqualTo(10_000_000L);
    assertThat(m.starts()).isEqualTo(10);
    assertThat(m.finalStarts()).isEqualTo(40);
    assertThat(m.bootstrapResamples()).isEqualTo(5);
    assertThat(SuiteSettings.load(List.of("segment.modeling.local-max-customers=0")).modeling().localMaxCustomers())
        .isZero();
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.modeling.starts=0")))
        .hasMessageContaining("segment.modeling.starts = 0");
  }

  @Test
  void wrongTypeNamesTheKeyTheValueAndWhatIsExpected() {
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.modeling.k-min=abc")))
        .isInstanceOf(SettingsException.class)
        .hasMessage("segment.modeling.k-min = \"abc\": expected a whole number from 2 to 50");
  }

  @Test
  void outOfRangeValueIsRejected() {
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.modeling.pca-variance=1.5")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("segment.modeling.pca-variance = 1.5")
        .hasMessageContaining("expected a number from 0.5 to 1.0");
  }

  @Test
  void kMaxBelowKMinIsRejected() {
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.modeling.k-min=6", "segment.modeling.k-max=3")))
        .hasMessageContaining("segment.modeling.k-max = 3");
  }

  @Test
  void unknownProfileAndAlgorithmNameTheAllowedValues() {
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.profile=cloud")))
        .hasMessageStartingWith("segment.profile = \"cloud\": expected one of");
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.modeling.algorithm=dbscan")))
        .hasMessageContaining("kmeans");
  }

  @Test
  void emptyValueAndMalformedOverrideAreRejected() {
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.lake.root=")))
        .hasMessage("segment.lake.root = \"\": expected a non-empty value");
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.lake.root")))
        .hasMessageStartingWith("--conf segment.lake.root: expected key=value");
  }

  @Test
  void missingKeyIsNamed() {
    SuiteSettings s = SuiteSettings.load();
    assertThatThrownBy(() -> SuiteSettings.from(s.raw().withoutPath("segment.spark.master")))
        .hasMessage("segment.spark.master is missing: expected a text value");
  }

  @Test
  void badRfmRuleRangeNamesTheRule() {
    assertThatThrownBy(() -> SuiteSettings.load(List.of(
            "segment.features.rfm-segments=[{name=X, r=\"0-9\", f=\"1-5\", m=\"1-5\"}]")))
        .hasMessage("segment.features.rfm-segments[0].r = \"0-9\": expected a score range like \"4-5\" within 1..5");
  }

  /** Issue 16: lifetime value and drift settings, typed, with their defaults and bounds. */
  @Test
  void lifetimeAndDriftSettingsHaveDefaultsAndBounds() {
    SuiteSettings s = SuiteSettings.load();
    assertThat(s.lifetime()).isEqualTo(new LifetimeSettings(90, 0.0, 0.05, 30));
    assertThat(s.drift()).isEqualTo(new DriftSettings(0.1, 0.25, 30, DriftSettings.Mode.AUTO));
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.drift.refit=0.05")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("segment.drift.refit");
    assertThat(SuiteSettings.load(List.of("segment.drift.mode=score-only")).drift().mode())
        .isEqualTo(DriftSettings.Mode.SCORE_ONLY);
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.drift.mode=sometimes")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("segment.drift.mode")
        .hasMessageContaining("auto, refit, score-only");
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.lifetime.horizon-days=0")))
        .isInstanceOf(SettingsException.class).hasMessageContaining("segment.lifetime.horizon-days");
  }
}
