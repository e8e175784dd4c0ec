package com.banksegment.ui.lake.service;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.contract.LakeTables;
import com.banksegment.contract.ScoredRun;
import com.banksegment.contract.Table;
import com.banksegment.scorer.BundleFormatException;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.scorer.Scorer;
import com.banksegment.ui.lake.domain.ModelQuality;
import com.banksegment.ui.lake.domain.ModelUnavailableException;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.banksegment.ui.lake.domain.SelectionPoint;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** Reads one published run: the model bundle and the small published tables. */
@Component
public class PublishedRunLoader {
  private final LakeLayout layout;
  private final LakeFiles files;
  private final ParquetTables tables;
  private final Clock clock;

  public PublishedRunLoader(SuiteSettings settings, LakeFiles files, ParquetTables tables, Clock clock) {
    this.layout = settings.lake().layout();
    this.files = files;
    this.tables = tables;
    this.clock = clock;
  }

  public PublishedRun load(RunDate runDate) throws IOException {
    ModelBundle bundle = readBundle(runDate);
    List<SegmentProfile> segments = PublishedTableMapping.profiles(bundle, rows(LakeTables.SEGMENT_PROFILES, runDate));
    List<SelectionPoint> selection = PublishedTableMapping.selection(rows(LakeTables.MODEL_SELECTION, runDate));
    List<LakeRow> metrics = rows(LakeTables.MODEL_METRICS, runDate);
    ModelQuality quality = PublishedTableMapping.quality(bundle, metrics);
    return new PublishedRun(runDate, bundle, new Scorer(bundle), segments, selection, quality, clock.instant(),
        TrustMapping.trust(bundle, metrics), RunHealthMapping.drift(metrics), RunHealthMapping.lifetime(metrics));
  }

  /**
   * The run dates that have a model bundle and segment profiles, oldest first: the runs that can
   * be shown side by side (every run date stays readable after a newer one is published).
   */
  public List<RunDate> publishedRunDates() throws IOException {
    List<RunDate> dates = new java.util.ArrayList<>();
    for (String folder : files.subfolders(layout.table(LakeTables.SEGMENT_PROFILES))) {
      if (!folder.startsWith("run_date=")) {
        continue;
      }
      try {
        RunDate date = RunDate.parse(folder.substring("run_date=".length()));
        if (files.status(layout.modelDir(date) + "/" + ModelBundle.FILE_NAME).isPresent()) {
          dates.add(date);
        }
      } catch (IllegalArgumentException notADate) {
        // a folder that is not a run date is not a run
      }
    }
    return dates;
  }

  /** The partition folder of a published table for a run date. */
  public String partition(Table table, RunDate runDate) {
    return layout.partition(table, runDate);
  }

  private ModelBundle readBundle(RunDate runDate) throws IOException {
    String location = layout.modelDir(runDate) + "/" + ModelBundle.FILE_NAME;
    String trainedFor = scoredWith(runDate).orElse(runDate.toString());
    try (InputStream in = files.open(location)) {
      ModelBundle bundle = ModelBundle.read(in);
      if (!bundle.runDate().equals(trainedFor)) {
        throw new ModelUnavailableException("The model bundle " + location + " belongs to run " + bundle.runDate()
            + ", not to the published run " + runDate + (trainedFor.equals(runDate.toString()) ? ""
            : " (scored with the model of " + trainedFor + ")") + ".");
      }
      return bundle;
    } catch (FileNotFoundException e) {
      throw new ModelUnavailableException("The published run " + runDate + " has no model: " + location
          + " does not exist. Re-run the model stage for " + runDate + ".");
    } catch (BundleFormatException e) {
      throw new ModelUnavailableException("The model of run " + runDate + " cannot be read (" + location + "): "
          + e.getMessage());
    }
  }

  /**
   * The model run a score-only run used ({@link ScoredRun}: its folder holds a copy of that run's
   * bundle), or empty for a run that fitted its own model.
   */
  public java.util.Optional<String> scoredWith(RunDate runDate) throws IOException {
    String location = layout.modelDir(runDate) + "/" + ScoredRun.FILE_NAME;
    if (files.status(location).isEmpty()) {
      return java.util.Optional.empty();
    }
    try (InputStream in = files.open(location)) {
      return java.util.Optional.of(ScoredRun.parse(new String(in.readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8), location).modelRunDate());
    } catch (IllegalArgumentException e) {
      throw new ModelUnavailableException("The published run " + runDate + " cannot be read: " + e.getMessage());
    }
  }

  private List<LakeRow> rows(Table table, RunDate runDate) throws IOException {
    String partition = partition(table, runDate);
    try {
      return tables.readAll(partition);
    } catch (FileNotFoundException e) {
      throw new ModelUnavailableException("The published run " + runDate + " is incomplete: the table "
          + partition + " does not exist.");
    }
  }
}
