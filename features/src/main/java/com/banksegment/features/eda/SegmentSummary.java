package com.banksegment.features.eda;

/** One named RFM segment: size, share of customers, mean scores and money. */
public record SegmentSummary(String segment, long customers, double share,
                             double meanR, double meanF, double meanM,
                             double meanRecencyDays, double meanMonetary, double totalMonetary) {}
