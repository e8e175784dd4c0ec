package com.banksegment.ui.api.service;

import com.banksegment.scorer.ClusterInfo;
import com.banksegment.scorer.Explainer;
import com.banksegment.scorer.Explanation;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.ui.api.domain.ScoreAnswers.Probability;
import com.banksegment.ui.api.domain.ScoreAnswers.Reason;
import com.banksegment.ui.api.domain.ScoreAnswers.Result;
import com.banksegment.ui.api.domain.ScoreAnswers.Scored;
import com.banksegment.ui.api.domain.ScoreAnswers.Segment;
import com.banksegment.ui.api.domain.ScoreAnswers.Segments;
import com.banksegment.ui.api.domain.ScoreAnswers.Why;
import com.banksegment.ui.api.domain.ScoreRequest;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.PublishedRuns;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/** Scores customers for other systems with the published run's model, as the predict page does. */
@Service
public class ScoringApiService {
  public static final String ROLE = "ROLE_SCORING";

  private final PublishedRuns runs;

  public ScoringApiService(PublishedRuns runs) {
    this.runs = runs;
  }

  @Secured(ROLE)
  public Scored score(ScoreRequest request) {
    PublishedRun run = runs.current();
    List<Result> results = new ArrayList<>(request.customers().size());
    Explainer explainer = new Explainer(run.bundle());
    for (ScoreRequest.Item item : request.customers()) {
      ScoreResult r = run.scorer().score(item.input());
      List<Probability> probabilities = new ArrayList<>();
      List<ClusterInfo> clusters = r.clusters();
      for (int i = 0; i < clusters.size(); i++) {
        probabilities.add(new Probability(clusters.get(i).id(), clusters.get(i).name(), r.classifierProbabilities()[i]));
      }
      results.add(new Result(item.customerId(), r.clusterId(), r.clusterName(), r.action(), r.classifier(),
          r.probabilityOf(r.clusterId()), probabilities, why(explainer.explain(r))));
    }
    return new Scored(run.runDate().toString(), run.modelVersion(), results);
  }

  /** The inputs of the published model: what a request must give. */
  @Secured(ROLE)
  public List<String> inputs() {
    return runs.current().inputs();
  }

  private static Why why(Explanation e) {
    return new Why(e.runnerUpId() < 0 ? null : e.runnerUpId(), e.runnerUpName(), e.reasons().stream()
        .map(r -> new Reason(r.feature(), r.customer(), r.segmentTypical(), r.runnerUpTypical(), r.share(),
            r.describe()))
        .toList());
  }

  @Secured(ROLE)
  public Segments segments() {
    PublishedRun run = runs.current();
    return new Segments(run.runDate().toString(), run.modelVersion(), run.segments().stream()
        .map(s -> new Segment(s.id(), s.name(), s.action(), s.customers(), s.customerShare(), s.dominantRfmSegment()))
        .toList());
  }
}
