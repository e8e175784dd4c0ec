package com.banksegment.lifetime.drift;

/** How far a model input has moved from the data the served model was fitted on. */
public enum DriftLevel {
    /** Below the warn threshold: the served model still describes today's customers. */
    STABLE,
    /** Between warn and refit: show a banner, keep scoring with the served model. */
    WARN,
    /** At or above the refit threshold: the refit policy should fit a new model. */
    REFIT
}
