package com.banksegment.ingest.tables;

import com.banksegment.contract.RejectReason;
import com.banksegment.contract.SoftFlag;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The rows ingest wrote: clean and quarantined, the quarantined ones by reason and the clean
 * ones by soft flag (every reason and flag listed, zeros included, in the contract's order).
 */
public record RowCounts(long clean, long quarantined, Map<RejectReason, Long> quarantinedByReason,
    Map<SoftFlag, Long> softFlags) {

  public RowCounts {
    quarantinedByReason = Collections.unmodifiableMap(new EnumMap<>(quarantinedByReason));
    softFlags = Collections.unmodifiableMap(new EnumMap<>(softFlags));
  }

  public long quarantined(RejectReason reason) {
    return quarantinedByReason.getOrDefault(reason, 0L);
  }

  public long flagged(SoftFlag flag) {
    return softFlags.getOrDefault(flag, 0L);
  }
}
