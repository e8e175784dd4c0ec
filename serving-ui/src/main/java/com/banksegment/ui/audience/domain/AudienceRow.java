package com.banksegment.ui.audience.domain;

import java.util.List;

/**
 * One customer of an audience as exported: who, which segment and what to do, and the features
 * that matter for a campaign. {@link #COLUMNS} is the export's header, in this order.
 */
public record AudienceRow(String customerId, int segmentId, String segmentName, String action, String rfmSegment,
    String rfmScore, double recencyDays, double frequency, double monetary, double age, double balance, String gender,
    String location) {

  public static final List<String> COLUMNS = List.of("customer_id", "segment_id", "segment_name", "action",
      "rfm_segment", "rfm_score", "recency_days", "frequency", "monetary", "age", "balance", "gender", "location");
}
