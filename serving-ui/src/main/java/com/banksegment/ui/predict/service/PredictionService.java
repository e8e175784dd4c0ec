package com.banksegment.ui.predict.service;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.predict.domain.CustomerForm;
import com.banksegment.ui.predict.domain.Prediction;
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
    return new Prediction(run.runDate(), input, run.scorer().score(input));
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
