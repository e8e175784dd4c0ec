package com.banksegment.ui.lake.domain;

/**
 * One segment of a published run ({@code published/segment_profiles}). Medians and means are of
 * the raw inputs over the segment's customers; the monetary share is the segment's part of the
 * run's total transaction value.
 *
 * @param previousRunDate the run whose segment this one continues (matched by centroid), or null
 * @param meanPAlive mean P(alive) of the segment's customers; NaN when the lifetime model was not
 *     fitted (as are the next three), or the run predates lifetime value
 * @param sumClv the segment's total lifetime value over the run's horizon
 */
public record SegmentProfile(
    int id,
    String name,
    String action,
    long customers,
    double customerShare,
    double monetaryShare,
    double totalMonetary,
    double medianRecencyDays,
    double medianFrequency,
    double medianMonetary,
    double medianAge,
    double medianBalance,
    double meanMonetary,
    double meanBalance,
    double shareMale,
    double shareFemale,
    String dominantRfmSegment,
    String previousRunDate,
    double meanPAlive,
    double meanExpectedTransactions,
    double sumClv,
    double meanClv) {}
