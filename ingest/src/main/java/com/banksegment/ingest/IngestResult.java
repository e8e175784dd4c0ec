package com.banksegment.ingest;

import com.banksegment.config.RunDate;
import com.banksegment.contract.RejectReason;
import com.banksegment.contract.SoftFlag;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an ingest run produced. {@code inputRows == cleanRows + quarantinedRows} always holds
 * (the job checks it before committing). Maps list every reason and flag, zeros included, in
 * the contract's order.
 */
public record IngestResult(
    RunDate runDate,
    List<String> sourceFiles,
    long inputRows,
    long cleanRows,
    long quarantinedRows,
    Map<RejectReason, Long> quarantinedByReason,
    Map<SoftFlag, Long> softFlags,
    String cleanPartition,
    String quarantinePartition,
    String reportPath,
    double elapsedSeconds) {

  public IngestResult {
    sourceFiles = List.copyOf(sourceFiles);
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
