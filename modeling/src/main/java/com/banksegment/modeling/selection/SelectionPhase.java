package com.banksegment.modeling.selection;

import com.banksegment.config.ModelingSettings;
import com.banksegment.modeling.clustering.Stability;
import com.banksegment.modeling.prepare.Preprocessing;
import com.banksegment.spark.stage.JobGroup;
import com.banksegment.spark.stage.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Model selection of a run: the K-means sweep and the alternatives on a uniform sample (when there
 * are more customers than {@code sweep-sample-size}), measured on all customers; the choice of k;
 * the final model fitted on all customers. Up to {@code local-max-customers} it all runs on the
 * driver ({@link LocalSelection}); above, on Spark with the same rule and measures.
 */
public final class SelectionPhase {
  /**
   * @param sweep the K-means sweep, in k order
   * @param all every fit: the sweep, the alternatives, the final model when it was refitted
   * @param production the final model
   * @param stability the production clustering's bootstrap stability, or null when not measured
   *     (bootstrap-resamples = 0, or the Spark path)
   */
  public record Outcome(List<SweepPoint> sweep, KChoice choice, List<SweepPoint> all, ModelSelection.Fit production,
      Stability stability) {}

  private SelectionPhase() {}

  /**
   * Whether the selection runs on the driver ({@link LocalSelection}: one pass collects the
   * coordinates) rather than as Spark fits that read the customers again for every k.
   */
  public static boolean onDriver(long n, ModelingSettings m) {
    return LocalSelection.applies(n, m);
  }

  /** @param features the customers with their {@code pca} column, cached when not {@link #onDriver} */
  public static Outcome run(Dataset<Row> features, long n, int dims, ModelingSettings m, Progress progress,
      JobGroup jobs) {
    if (onDriver(n, m)) {
      return LocalSelection.run(features, dims, m, progress, jobs);
    }
    Dataset<Row> fitSet = features;
    long fitRows = n;
    if (m.sweepSampleSize() > 0 && n > m.sweepSampleSize()) {
      // One partition: the fits run side by side, each on one core.
      fitSet = features.select(Preprocessing.PCA_COL).sample(false, (double) m.sweepSampleSize() / n, m.seed())
          .coalesce(1).persist(StorageLevel.MEMORY_AND_DISK());
      fitRows = jobs.run("sample the customers for the selection fits", fitSet::count);
      progress.step("selection fits on a uniform sample, measured on all", fitRows);
    }
    ModelSelection selection = new ModelSelection(features, fitSet, fitRows, dims, m.seed(),
        m.sweepMaxIterations(), progress, jobs);
    Map<Integer, ModelSelection.Fit> sweep = selection.kmeansSweep(m.kMin(), m.kMax());
    List<SweepPoint> sweepPoints = sweep.values().stream().map(ModelSelection.Fit::point).toList();
    KChoice choice = KChoice.choose(sweepPoints, m.forceK());
    progress.step("k = " + choice.k() + " (" + (choice.knee() == null ? "no knee" : "knee " + choice.knee()) + ")");
    int k = choice.k();

    List<Callable<ModelSelection.Fit>> after = new ArrayList<>(selection.alternatives(k));
    boolean kmeansProduction = m.algorithm().equals(ModelSelection.KMEANS);
    boolean refit = !selection.fitsOnAll() || m.sweepMaxIterations() != m.maxIterations()
        || (kmeansProduction && !sweep.containsKey(k));
    if (refit) {
      // The final model sees every customer with the full iterations (unless a selection fit already did).
      ModelSelection onAll = new ModelSelection(features, features, n, dims, m.seed(), m.maxIterations(), progress,
          jobs);
      after.add(() -> onAll.fit(m.algorithm(), k));
    }
    List<ModelSelection.Fit> afterFits = Concurrently.run(after);
    if (fitSet != features) {
      fitSet.unpersist();
    }
    ModelSelection.Fit production = refit ? afterFits.get(afterFits.size() - 1)
        : kmeansProduction ? sweep.get(k)
        : afterFits.stream().filter(f -> f.point().algorithm().equals(m.algorithm())).findFirst().orElseThrow();
    List<SweepPoint> all = new ArrayList<>(sweepPoints);
    afterFits.forEach(f -> all.add(f.point()));
    return new Outcome(sweepPoints, choice, List.copyOf(all), production, null);
  }
}
