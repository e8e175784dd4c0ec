package com.banksegment.modeling.report;

import com.banksegment.modeling.selection.KChoice;
import com.banksegment.modeling.selection.SweepPoint;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/**
 * Everything the model report shows, as data, in sections: written as report.json (one flat
 * object per level, the sections' fields side by side), rendered as report.html, and (without
 * the scatter sample) as the model's metrics.json.
 */
public record ModelReport(
    @JsonUnwrapped Run run,
    @JsonUnwrapped Pca pca,
    @JsonUnwrapped Selection selection,
    List<SegmentView> segments,
    NaiveBayesView naiveBayes,
    StabilityView stability,
    List<ClassifierView> classifiers,
    ServedView served,
    ProspectView prospects,
    List<double[]> scatterSample,
    OverTimeView overTime) {

  /** The run: its date, customers, production algorithm, the run its segments were matched to. */
  public record Run(String runDate, long customers, String productionAlgorithm, String previousRunDate,
      double elapsedSeconds) {}

  /** PCA: the variance threshold, every component's share of variance, the components kept. */
  public record Pca(double pcaVarianceThreshold, double[] pcaVarianceByComponent, int pcaComponents) {}

  /** Model selection: the K-means sweep, the alternatives, the choice of k and the production model. */
  public record Selection(List<SweepPoint> kmeansSweep, List<SweepPoint> alternatives, KChoice choice,
      SweepPoint production) {}

  /** A segment as the report shows it. */
  public record SegmentView(int id, String name, String action, @JsonUnwrapped Size size,
      @JsonUnwrapped Inputs inputs, @JsonUnwrapped Genders genders, double[] centroid,
      @JsonUnwrapped Previous previous) {}

  /** Customers, their share and their total monetary value. */
  public record Size(long customers, double share, double totalMonetary) {}

  /** Mean and median of each numeric input (keyed by input name), the most frequent RFM segment. */
  public record Inputs(Map<String, Double> mean, Map<String, Double> median, String dominantRfmSegment) {}

  public record Genders(Double shareMale, Double shareFemale, Double shareUnknown) {
    /** A model without gender (its source has none): the shares are null. */
    public static final Genders NONE = new Genders(null, null, null);
  }

  /** The match to the previous run: null id and distance for a new segment. */
  public record Previous(Integer previousId, Double matchDistance, boolean nameInherited) {}

  /** Naive Bayes on the held-out split; classes in {@code classIds} order (the segments' ids). */
  public record NaiveBayesView(@JsonUnwrapped Split split, @JsonUnwrapped Scores scores,
      @JsonUnwrapped PerSegment perSegment, @JsonUnwrapped Target target) {}

  public record Split(String inputSpace, long trainCustomers, long testCustomers) {}

  /** Held-out scores, and the agreement with the clustering over all customers. */
  public record Scores(double accuracy, double weightedF1, double macroF1, double centroidAgreement) {}

  public record PerSegment(int[] classIds, double[] precision, double[] recall, double[] f1, long[][] confusion) {}

  /** The weighted F1 target, whether it was met and why the figure is what it is. */
  public record Target(double weightedF1Target, boolean targetMet, String explanation) {}

  /**
   * Bootstrap stability of the segments (null when not measured): per segment (in {@code segmentIds}
   * order) the mean matched Jaccard similarity and whether it is below {@code unstableBelow}.
   */
  public record StabilityView(int resamples, double adjustedRand, double unstableBelow, int[] segmentIds,
      double[] jaccard, boolean[] unstable) {}

  /**
   * One classifier on the held-out split (Naive Bayes first, the one the bundle serves), with its
   * agreement with the nearest-centroid segment over all customers; per class in segment id order.
   */
  public record ClassifierView(String name, boolean served, double accuracy, double weightedF1, double macroF1,
      double centroidAgreement, double[] precision, double[] recall, double[] f1, long[][] confusion) {}

  /**
   * The classifier the bundle serves for new customers: the best held-out weighted F1 of
   * {@link #classifiers}, and its figure against the target.
   */
  public record ServedView(String name, double weightedF1, @JsonUnwrapped Target target) {}

  /**
   * The prospects classifier (attributes known at account opening, no transaction figures): its
   * held-out figures, or null figures and the note why there is none.
   */
  public record ProspectView(List<String> features, ClassifierView figures, String note) {}

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the model report as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The same report without the scatter sample: the model's metrics.json. */
  public ModelReport withoutSample() {
    return new ModelReport(run, pca, selection, segments, naiveBayes, stability, classifiers, served, prospects,
        List.of(), overTime);
  }

  /** The same report with its lifetime and drift part. */
  public ModelReport withOverTime(OverTimeView view) {
    return new ModelReport(run, pca, selection, segments, naiveBayes, stability, classifiers, served, prospects,
        scatterSample, view);
  }
}
