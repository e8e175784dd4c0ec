package com.banksegment.ui.predict.service;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Explainer;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.scorer.ProspectScorer;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.predict.domain.CustomerForm;
import com.banksegment.ui.predict.domain.Prediction;
import com.banksegment.ui.predict.domain.ProspectPrediction;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/** Scores a typed-in customer with the model of the published run. */
@Service
public class PredictionService {
  private final PublishedRuns runs;
  private final Clock clock;

  public PredictionService(PublishedRuns runs, Clock clock) {
    this.runs = runs;
    this.clock = clock;
  }

  @Secured("ROLE_ANALYST")
  public Prediction predict(CustomerForm form) {
    PublishedRun run = runs.current();
    CustomerInput input = CustomerInputs.from(form, run.inputs());
    ScoreResult result = run.scorer().score(input);
    return new Prediction(run.runDate(), input, result, new Explainer(run.bundle()).explain(result));
  }

  /**
   * Whether the published model can place a customer without transactions: a prospects classifier
   * (only a model whose source has attributes known at account opening has one) whose attributes
   * the form asks for.
   */
  public boolean prospectsAvailable() {
    ModelBundle bundle = runs.current().bundle();
    return ProspectScorer.available(bundle) && ProspectInputs.covers(bundle.prospects().features());
  }

  /** The likely segment of a customer without transactions; only when {@link #prospectsAvailable()}. */
  @Secured("ROLE_ANALYST")
  public ProspectPrediction predictProspect(CustomerForm form) {
    PublishedRun run = runs.current();
    ProspectScorer scorer = new ProspectScorer(run.bundle());
    double[] values = ProspectInputs.values(scorer.features(), form, run.bundle().genderEncoding());
    return new ProspectPrediction(run.runDate(), scorer.features(), values, scorer.score(values));
  }

  /** The inputs of the published model: the form asks for these only. */
  public java.util.List<String> inputs() {
    return runs.current().inputs();
  }

  /**
   * The day ages and recency count to by default: the snapshot day of the run, the day after its
   * business date, as the features stage computes recency for the customers the model learnt from.
   */
  public LocalDate defaultAsOf() {
    return runs.current().runDate().date().plusDays(1);
  }

  /** The earliest "scored as of" day: the run's business date (the model knows nothing older). */
  public LocalDate earliestAsOf() {
    return runs.current().runDate().date();
  }

  /** The latest "scored as of" day: today (a customer cannot be scored on days that have not happened). */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
