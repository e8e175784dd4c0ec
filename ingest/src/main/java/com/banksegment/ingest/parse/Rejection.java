package com.banksegment.ingest.parse;

import com.banksegment.contract.RejectReason;

/** A hard error: the line goes to quarantine under {@code reason}; {@code detail} names field and value. */
public record Rejection(RejectReason reason, String detail) implements ParsedLine {}
