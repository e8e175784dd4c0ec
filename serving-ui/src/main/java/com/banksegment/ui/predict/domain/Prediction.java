package com.banksegment.ui.predict.domain;

import com.banksegment.config.RunDate;
import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Explanation;
import com.banksegment.scorer.ScoreResult;

/**
 * The answer for a typed-in customer: the model inputs used, the scorer's result and why the
 * customer is in that segment rather than the runner-up, for one run.
 */
public record Prediction(RunDate runDate, CustomerInput input, ScoreResult result, Explanation why) {}
