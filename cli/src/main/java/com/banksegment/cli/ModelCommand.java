package com.banksegment.cli;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.modeling.ModelJob;
import com.banksegment.modeling.ModelResult;
import com.banksegment.modeling.Segment;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;

/** {@code segment model}: scaling, PCA, k sweep, clustering, Naive Bayes, bundle and BI tables. */
@Command(name = "model", mixinStandardHelpOptions = true,
    description = "Fit the segmentation (PCA, k sweep, K-means, Naive Bayes) and write the bundle and BI tables.")
final class ModelCommand extends StageCommand {

  @Override
  String runStage(SparkSession spark, SuiteSettings settings, RunDate runDate) {
    return run(spark, settings, runDate);
  }

  static String run(SparkSession spark, SuiteSettings settings, RunDate runDate) {
    ModelResult r = new ModelJob(spark, settings).runDate(runDate).execute();
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
        "model %s: %,d customers, %d PCA components, k = %d (%s)%n"
            + "  silhouette %.3f; Naive Bayes held-out accuracy %.4f, weighted F1 %.4f, agrees with clusters %.2f%% (%.1fs)",
        r.runDate(), r.customers(), r.pcaComponents(), r.k(), r.choice().reason(), r.silhouette(),
        r.naiveBayes().accuracy(), r.naiveBayes().weightedF1(), 100 * r.naiveBayesCentroidAgreement(),
        r.elapsedSeconds()));
    for (Segment seg : r.segments()) {
      s.append(String.format(Locale.ROOT, "%n  segment %d %-32s %s", seg.id(), seg.name(), seg.action()));
    }
    s.append("\n  models: ").append(r.modelDir()).append("\n  report: ").append(r.reportDir()).append("/report.html");
    return s.toString();
  }
}
