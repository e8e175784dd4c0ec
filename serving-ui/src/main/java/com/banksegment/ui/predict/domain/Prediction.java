package com.banksegment.ui.predict.domain;

import com.banksegment.config.RunDate;
import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.ScoreResult;

/** The answer for a typed-in customer: the model inputs used and the scorer's result, for one run. */
public record Prediction(RunDate runDate, CustomerInput input, ScoreResult result) {}
