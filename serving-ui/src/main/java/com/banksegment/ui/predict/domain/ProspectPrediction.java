package com.banksegment.ui.predict.domain;

import com.banksegment.config.RunDate;
import com.banksegment.scorer.ProspectScorer;
import java.util.List;

/**
 * The likely segment of a new customer without transactions, from the attributes known at account
 * opening: the attributes used (names and values, in the bundle's prospects order) and the answer.
 */
public record ProspectPrediction(RunDate runDate, List<String> features, double[] values,
    ProspectScorer.ProspectResult result) {}
