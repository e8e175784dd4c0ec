package com.banksegment.modeling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;

/**
 * Everything the model report shows, as data: written as report.json, rendered as report.html,
 * and (without the scatter sample) as the model's metrics.json.
 */
public record ModelReport(
    String runDate,
    long customers,
    String productionAlgorithm,
    double pcaVarianceThreshold,
    double[] pcaVarianceByComponent,
    int pcaComponents,
    List<SweepPoint> kmeansSweep,
    List<SweepPoint> alternatives,
    KChoice choice,
    SweepPoint production,
    List<SegmentView> segments,
    NaiveBayesView naiveBayes,
    String previousRunDate,
    List<double[]> scatterSample,
    double elapsedSeconds) {

  /** A segment as the report shows it; numeric maps are keyed by input name. */
  public record SegmentView(
      int id,
      String name,
      String action,
      long customers,
      double share,
      Map<String, Double> mean,
      Map<String, Double> median,
      double shareMale,
      double shareFemale,
      double shareUnknown,
      String dominantRfmSegment,
      double totalMonetary,
      double[] centroid,
      Integer previousId,
      Double matchDistance,
      boolean nameInherited) {}

  /** Naive Bayes on the held-out split; classes in {@code classIds} order (the segments' ids). */
  public record NaiveBayesView(
      String inputSpace,
      long trainCustomers,
      long testCustomers,
      double accuracy,
      double weightedF1,
      double macroF1,
      int[] classIds,
      double[] precision,
      double[] recall,
      double[] f1,
      long[][] confusion,
      double centroidAgreement,
      double weightedF1Target,
      boolean targetMet,
      String explanation) {}

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
    return new ModelReport(runDate, customers, productionAlgorithm, pcaVarianceThreshold, pcaVarianceByComponent,
        pcaComponents, kmeansSweep, alternatives, choice, production, segments, naiveBayes, previousRunDate, List.of(),
        elapsedSeconds);
  }
}
