package com.banksegment.cli;

import com.banksegment.features.FeaturesResult;
import com.banksegment.features.eda.SegmentSummary;
import com.banksegment.ingest.IngestResult;
import com.banksegment.modeling.ModelResult;
import com.banksegment.modeling.publish.PublishResult;
import com.banksegment.modeling.score.Decision;
import com.banksegment.modeling.score.ScoreResult;
import com.banksegment.modeling.segments.Segment;
import java.util.Locale;
import java.util.Map;

/** What the console shows when a stage is done: the figures that matter and where the outputs are. */
final class StageSummaries {
  private StageSummaries() {}

  static String ingest(IngestResult r) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "ingest %s: %,d input rows = %,d clean + %,d quarantined (%.1fs)",
        r.runDate(), r.inputRows(), r.rows().clean(), r.rows().quarantined(), r.elapsedSeconds()));
    r.rows().quarantinedByReason().entrySet().stream().filter(e -> e.getValue() > 0)
        .forEach(e -> s.append(String.format(Locale.ROOT, "%n  quarantined %-26s %,10d", e.getKey(), e.getValue())));
    for (Map.Entry<?, Long> e : r.rows().softFlags().entrySet()) {
      if (e.getValue() > 0) {
        s.append(String.format(Locale.ROOT, "%n  kept, flagged %-23s %,10d", e.getKey(), e.getValue()));
      }
    }
    s.append("\n  clean:      ").append(r.outputs().cleanPartition())
        .append("\n  quarantine: ").append(r.outputs().quarantinePartition())
        .append("\n  report:     ").append(r.outputs().reportPath());
    return s.toString();
  }

  static String features(FeaturesResult r) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "features %s: %,d transactions -> %,d customers, snapshot %s (%.1fs)%n"
            + "  customers with conflicting attributes %,d; imputed age %,d, balance %,d, gender %,d",
        r.runDate(), r.batch().transactions(), r.batch().customers(), r.batch().snapshotDate(), r.elapsedSeconds(),
        r.conflicts().anyAttribute(), r.imputations().age(), r.imputations().balance(),
        r.imputations().gender()));
    for (SegmentSummary seg : r.segments()) {
      s.append(String.format(Locale.ROOT, "%n  %-20s %,10d customers %5.1f%%", seg.segment(), seg.customers(),
          100 * seg.share()));
    }
    s.append("\n  customers: ").append(r.outputs().customersPath())
        .append("\n  report:    ").append(r.outputs().htmlReport());
    return s.toString();
  }

  static String model(ModelResult r) {
    ModelResult.Clustering c = r.clustering();
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "model %s: %,d customers, %d PCA components, k = %d (%s)%n"
            + "  silhouette %.3f; served classifier %s: held-out accuracy %.4f, weighted F1 %.4f, agrees with"
            + " clusters %.2f%% (Naive Bayes weighted F1 %.4f) (%.1fs)",
        r.runDate(), c.customers(), c.pcaComponents(), r.k(), c.choice().reason(), c.silhouette(),
        r.served().name().replace('_', ' '), r.served().heldOut().accuracy(), r.served().heldOut().weightedF1(),
        100 * r.served().centroidAgreement(), r.naiveBayes().heldOut().weightedF1(), r.elapsedSeconds()));
    for (Segment seg : r.segments()) {
      s.append(String.format(Locale.ROOT, "%n  segment %d %-32s %s", seg.id(), seg.name(), seg.action()));
    }
    s.append("\n  models: ").append(r.outputs().modelDir())
        .append("\n  report: ").append(r.outputs().reportDir()).append("/report.html")
        .append("\n  readers still use the published run until `segment publish --run-date ").append(r.runDate())
        .append("`");
    return s.toString();
  }

  static String publish(PublishResult r) {
    return String.format(Locale.ROOT, "publish %s: readers now use this run (%,d customers, %d segments; was %s)%n"
        + "  pointer: %s", r.runDate(), r.customers(), r.segments(),
        r.previousPointer() == null ? "none" : r.previousPointer(), r.pointerPath());
  }

  static String decide(Decision d) {
    StringBuilder s = new StringBuilder("decide " + d.runDate() + ": " + d.line());
    if (d.driftLevel() != null) {
      s.append(String.format(Locale.ROOT, "%n  drift %s against the model of %s:", d.driftLevel(), d.modelRunDate()));
      d.psi().forEach((input, psi) -> s.append(String.format(Locale.ROOT, " %s %.3f", input, psi)));
    }
    return s.toString();
  }

  static String score(ScoreResult r) {
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "score %s: %,d customers assigned with the model of %s (no refit; drift %s) (%.1fs)", r.runDate(),
        r.customers(), r.modelRunDate(), r.driftLevel() == null ? "not measured" : r.driftLevel(),
        r.elapsedSeconds()));
    r.customersBySegment().forEach((name, n) -> s.append(String.format(Locale.ROOT, "%n  %-32s %,10d", name, n)));
    s.append("\n  readers still use the published run until `segment publish --run-date ").append(r.runDate())
        .append("`");
    return s.toString();
  }
}
