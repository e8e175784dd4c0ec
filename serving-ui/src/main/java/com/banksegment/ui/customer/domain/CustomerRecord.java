package com.banksegment.ui.customer.domain;

import com.banksegment.scorer.CustomerInput;

/**
 * One customer of a published run as {@code customer_segments} holds them: the model inputs,
 * the segment, the RFM scores and what Naive Bayes says.
 */
public record CustomerRecord(
    String customerId,
    int segmentId,
    String segmentName,
    CustomerInput features,
    int rScore,
    int fScore,
    int mScore,
    String rfmScore,
    String rfmSegment,
    int naiveBayesSegmentId,
    double naiveBayesProbability) {}
