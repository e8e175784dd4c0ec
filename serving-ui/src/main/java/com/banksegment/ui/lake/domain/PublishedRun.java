package com.banksegment.ui.lake.domain;

import com.banksegment.config.RunDate;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.scorer.Scorer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.List;
import java.util.Optional;

/**
 * The run readers should use (named by {@code published/_LATEST}): its model bundle, a scorer
 * built once from it, and the small published tables. Customer-level tables are not held here;
 * they are streamed from the lake when a page needs them. {@code drift} and {@code lifetime} come
 * from model_metrics (issue 16).
 */
public record PublishedRun(
    RunDate runDate,
    ModelBundle bundle,
    Scorer scorer,
    List<SegmentProfile> segments,
    List<SelectionPoint> selection,
    ModelQuality quality,
    Instant loadedAt,
    ModelTrust trust,
    Drift drift,
    Lifetime lifetime) {

  public Optional<SegmentProfile> segment(int id) {
    return segments.stream().filter(s -> s.id() == id).findFirst();
  }

  public String segmentName(int id) {
    return segment(id).map(SegmentProfile::name).orElse("Segment " + id);
  }

  private static final DateTimeFormatter TRAINED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
      .withZone(ZoneOffset.UTC);

  /** What identifies the model to a user: algorithm, k and when it was trained. */
  public String modelVersion() {
    String trained;
    try {
      trained = TRAINED.format(Instant.parse(bundle.createdAt()));
    } catch (DateTimeParseException e) {
      trained = bundle.createdAt();
    }
    return bundle.algorithm() + ", " + bundle.clusters().size() + " segments · trained " + trained;
  }

  /**
   * Whether the run's model reads this input ({@link ModelBundle#features()}): age, balance and
   * gender only when the run's source has them. Forms, columns and charts of an attribute the
   * model lacks are not shown.
   */
  public boolean uses(String input) {
    return bundle.uses(input);
  }

  /** The model's inputs, in the bundle's order. */
  public List<String> inputs() {
    return bundle.features();
  }

  public long customers() {
    return segments.stream().mapToLong(SegmentProfile::customers).sum();
  }
}
