package com.banksegment.ui.batch.service;

import com.banksegment.config.SuiteSettings;
import com.banksegment.ui.batch.domain.BatchSummary;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.PublishedRuns;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.banksegment.ui.audit.service.AuditLog;
import com.banksegment.ui.security.domain.CurrentUser;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Scores an uploaded CSV with the published model into a temporary file that the page offers for
 * download; the upload is checked (type, size, text) while it streams, never held in memory whole.
 */
@Service
public class BatchScoringService {
  private final PublishedRuns runs;
  private final UploadRules rules;
  private final AuditLog audit;

  public BatchScoringService(PublishedRuns runs, SuiteSettings settings, AuditLog audit) {
    this.runs = runs;
    this.rules = new UploadRules(settings.ui().maxUploadMb());
    this.audit = audit;
  }

  public UploadRules rules() {
    return rules;
  }

  /** A scored file: its summary and where the output CSV is (the caller deletes it when done). */
  public record ScoredFile(BatchSummary summary, Path output, String runDate) {}

  @Secured("ROLE_ANALYST")
  public ScoredFile score(InputStream upload, String fileName, String contentType, long declaredSize) throws IOException {
    rules.checkDeclared(fileName, contentType, declaredSize);
    PublishedRun run = runs.current();
    BatchScorer scorer = new BatchScorer(run.scorer(), run.runDate().date().plusDays(1));
    Path output = Files.createTempFile("scored-", ".csv");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(rules.guard(upload, fileName), StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
      BatchSummary summary = scorer.score(in, out);
      audit.batchScoring(CurrentUser.name(), fileName, summary.rows(), summary.scored());
      return new ScoredFile(summary, output, run.runDate().toString());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(output);
      throw e;
    }
  }

  /** The name of the file to download for an uploaded file name. */
  public static String scoredName(String uploaded) {
    String base = uploaded == null ? "customers" : uploaded.replaceAll("(?i)\\.csv$", "").replaceAll("[^A-Za-z0-9._-]", "_");
    return base + "-scored.csv";
  }
}
