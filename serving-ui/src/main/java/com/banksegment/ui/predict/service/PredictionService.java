package com.banksegment.ui.predict.service;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.predict.domain.CustomerForm;
import com.banksegment.ui.predict.domain.Prediction;
import java.time.LocalDate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/** Scores a typed-in customer with the model of the published run. */
@Service
public class PredictionService {
  private final PublishedRuns runs;

  public PredictionService(PublishedRuns runs) {
    this.runs = runs;
  }

  @Secured("ROLE_ANALYST")
  public Prediction predict(CustomerForm form) {
    PublishedRun run = runs.current();
    CustomerInput input = CustomerInputs.from(form);
    return new Prediction(run.runDate(), input, run.scorer().score(input));
  }

  /**
   * The day ages and recency count to by default: the snapshot day of the run, the day after its
   * business date, as the features stage computes recency for the customers the model learnt from.
   */
  public LocalDate defaultAsOf() {
    return runs.current().runDate().date().plusDays(1);
  }
}
