package com.banksegment.scorer;

import java.util.List;

/**
 * Scores a prospect (no transactions yet) with the bundle's prospects classifier: the attributes
 * in their own units, in {@link ProspectParams#features()} order (gender as its code, see
 * {@link GenderEncoding}), get the bundle's log1p and scaling, then Spark's multinomial logistic
 * regression gives each segment's probability. Immutable and thread-safe.
 */
public final class ProspectScorer {
  private final ModelBundle bundle;
  private final List<String> features;
  private final boolean[] logged;
  private final double[] mean;
  private final double[] inverseStd;
  private final Classifier classifier;

  /** @throws IllegalStateException when the bundle has no prospects classifier (say why) */
  public ProspectScorer(ModelBundle bundle) {
    ProspectParams p = bundle.prospects();
    if (p == null || !p.available()) {
      throw new IllegalStateException("the model of run " + bundle.runDate() + " has no prospects classifier: "
          + (p == null ? "it was trained before prospects existed" : p.note()));
    }
    this.bundle = bundle;
    this.features = List.copyOf(p.features());
    int n = features.size();
    this.logged = new boolean[n];
    this.mean = new double[n];
    this.inverseStd = new double[n];
    for (int i = 0; i < n; i++) {
      int j = bundle.features().indexOf(features.get(i));
      logged[i] = bundle.logFeatures().contains(features.get(i));
      mean[i] = bundle.scaler().mean()[j];
      double s = bundle.scaler().std()[j];
      inverseStd[i] = s == 0.0 ? 0.0 : 1.0 / s; // as Spark's StandardScalerModel
    }
    this.classifier = Classifier.logisticRegression(ClassifierParams.INPUT_SCALED, p.logisticRegression());
  }

  /** True when the bundle has a prospects classifier. */
  public static boolean available(ModelBundle bundle) {
    return bundle.prospects() != null && bundle.prospects().available();
  }

  public List<String> features() {
    return features;
  }

  /**
   * @param values the attributes in their own units, in {@link #features()} order
   * @return the likely segment and every segment's probability
   */
  public ProspectResult score(double[] values) {
    if (values.length != features.size()) {
      throw new IllegalArgumentException("a prospect has " + features.size() + " attributes " + features + ": got "
          + values.length + " values");
    }
    double[] scaled = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new InvalidCustomerException(new InputProblem(features.get(i), String.valueOf(values[i]), "a number"));
      }
      double x = logged[i] ? Math.log1p(values[i]) : values[i];
      scaled[i] = (x - mean[i]) * inverseStd[i];
    }
    double[] p = classifier.probabilities(scaled);
    ClusterInfo likely = bundle.clusters().get(Classifier.argMax(p));
    return new ProspectResult(likely.id(), likely.name(), likely.action(), p, bundle.clusters(),
        bundle.prospects().figures());
  }

  /**
   * @param clusterId the most likely segment
   * @param probabilities each segment's probability, in {@code clusters} order
   * @param figures the classifier's held-out figures (how far to trust it)
   */
  public record ProspectResult(int clusterId, String clusterName, String action, double[] probabilities,
      List<ClusterInfo> clusters, ClassifierParams.Candidate figures) {}
}
