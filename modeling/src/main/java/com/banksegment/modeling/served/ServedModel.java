package com.banksegment.modeling.served;

import com.banksegment.config.BadInputException;
import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.contract.ScoredRun;
import com.banksegment.scorer.BundleFormatException;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.spark.LakeFileSystem;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The model readers are served: the run {@code published/_LATEST} names and, when that run was a
 * score-only run ({@link ScoredRun} in its model folder), the refit run whose model it used. The
 * one place that follows that pointer: drift, the refit policy and {@code segment score} all ask here.
 *
 * @param servedRunDate the published run (_LATEST)
 * @param modelRunDate the run that fitted the model: the served run itself unless it was scored
 * @param bundle the model's bundle (its run date is {@code modelRunDate})
 * @param bundleJson the bundle's text, as the model run wrote it (a scored run copies it verbatim)
 */
public record ServedModel(RunDate servedRunDate, RunDate modelRunDate, ModelBundle bundle, String bundleJson) {

  /** Whole days from the model's fit to {@code runDate}; negative when the model is from a later date. */
  public long ageDays(RunDate runDate) {
    return ChronoUnit.DAYS.between(modelRunDate.date(), runDate.date());
  }

  /**
   * Empty when nothing is published yet or the served run's bundle is missing or unreadable (then
   * there is no model to score with or compare against); a scored run's marker that names a model
   * folder without a bundle is bad input, named.
   */
  public static Optional<ServedModel> find(LakeFileSystem files, LakeLayout layout) {
    String pointer = layout.latestPointer();
    if (!files.exists(pointer)) {
      return Optional.empty();
    }
    RunDate served;
    try {
      served = RunDate.parse(files.readText(pointer).trim());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    RunDate model = modelRunOf(files, layout, served);
    String bundlePath = layout.modelDir(model) + "/" + ModelBundle.FILE_NAME;
    if (!files.exists(bundlePath)) {
      return Optional.empty();
    }
    try {
      String json = files.readText(bundlePath);
      return Optional.of(new ServedModel(served, model, ModelBundle.fromJson(json), json));
    } catch (BundleFormatException e) {
      return Optional.empty();
    }
  }

  /** The run whose model assigned a run's customers: the run itself, or the one its scored mark names. */
  public static RunDate modelRunOf(LakeFileSystem files, LakeLayout layout, RunDate runDate) {
    return scoredRun(files, layout, runDate).map(s -> RunDate.parse(s.modelRunDate())).orElse(runDate);
  }

  /** The scored-run mark of a run date's model folder, if it has one. */
  public static Optional<ScoredRun> scoredRun(LakeFileSystem files, LakeLayout layout, RunDate runDate) {
    String path = layout.modelDir(runDate) + "/" + ScoredRun.FILE_NAME;
    if (!files.exists(path)) {
      return Optional.empty();
    }
    try {
      return Optional.of(ScoredRun.parse(files.readText(path), path));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage(), e);
    }
  }
}
