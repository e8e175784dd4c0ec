package com.banksegment.modeling.publish;

import com.banksegment.config.RunDate;

/**
 * What a publish did: the run readers use now, the one they used before (null for the first),
 * the run's size and where the pointer is.
 */
public record PublishResult(RunDate runDate, String previousPointer, long customers, int segments,
    String pointerPath) {}
