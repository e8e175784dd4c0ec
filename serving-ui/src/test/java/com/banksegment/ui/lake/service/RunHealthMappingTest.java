package com.banksegment.ui.lake.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.lake.domain.Drift;
import com.banksegment.ui.lake.domain.Lifetime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.simple.SimpleGroup;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;

/** The drift and lifetime rows of model_metrics, in the contract's long format, read into the run's records. */
class RunHealthMappingTest {
  private static final MessageType METRICS = MessageTypeParser.parseMessageType("""
      message spark_schema {
        required binary metric (STRING);
        optional int32 cluster_id;
        optional int32 predicted_cluster_id;
        required double value;
      }""");

  private final List<LakeRow> rows = new ArrayList<>();

  private void figure(String metric, double value) {
    SimpleGroup g = new SimpleGroup(METRICS);
    g.add("metric", metric);
    g.add("value", value);
    rows.add(new LakeRow(g));
  }

  private void perSegment(String metric, int clusterId, double value) {
    SimpleGroup g = new SimpleGroup(METRICS);
    g.add("metric", metric);
    g.add("cluster_id", clusterId);
    g.add("value", value);
    rows.add(new LakeRow(g));
  }

  @Test
  void aRefitLevelNamesTheInputsAtOrAboveTheWarningThresholdLargestFirst() {
    figure("psi_recency_days", 0.02);
    figure("psi_balance", 0.31);
    figure("psi_age", 0.12);
    figure("psi_gender", Double.NaN);
    figure("drift_level", 2);
    figure("drift_warn_threshold", 0.1);
    figure("drift_refit_threshold", 0.25);
    perSegment("psi_monetary", 0, 9.0); // a per-segment row is not a whole-model figure

    Drift drift = RunHealthMapping.drift(rows);
    assertThat(drift.measured()).isTrue();
    assertThat(drift.worthABanner()).isTrue();
    assertThat(drift.refitDue()).isTrue();
    assertThat(drift.psi()).containsOnlyKeys("recency_days", "age", "balance");
    assertThat(drift.driftedInputs()).extracting(Map.Entry::getKey).containsExactly("balance", "age");
  }

  @Test
  void aStableRunOrOneWithoutDriftRowsNeedsNoBanner() {
    figure("drift_level", 0);
    figure("psi_age", 0.01);
    assertThat(RunHealthMapping.drift(rows).worthABanner()).isFalse();
    assertThat(RunHealthMapping.drift(rows).measured()).isTrue();
    rows.clear();
    figure("k", 4);
    assertThat(RunHealthMapping.drift(rows)).isEqualTo(Drift.NOT_MEASURED);
    assertThat(Drift.NOT_MEASURED.worthABanner()).isFalse();
  }

  @Test
  void lifetimeStatusSaysWhatWasFitted() {
    figure("bgnbd_status", 1);
    figure("gamma_gamma_status", 1);
    figure("lifetime_repeat_customers", 8);
    figure("lifetime_horizon_days", 90);
    Lifetime notFitted = RunHealthMapping.lifetime(rows);
    assertThat(notFitted.recorded()).isTrue();
    assertThat(notFitted.aliveFitted()).isFalse();
    assertThat(notFitted.repeatCustomers()).isEqualTo(8);

    rows.clear();
    figure("bgnbd_status", 0);
    figure("gamma_gamma_status", 2);
    Lifetime aliveOnly = RunHealthMapping.lifetime(rows);
    assertThat(aliveOnly.aliveFitted()).isTrue();
    assertThat(aliveOnly.valueFitted()).isFalse();

    rows.clear();
    figure("k", 4);
    assertThat(RunHealthMapping.lifetime(rows).recorded()).isFalse();
  }
}
