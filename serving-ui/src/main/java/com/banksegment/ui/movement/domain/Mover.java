package com.banksegment.ui.movement.domain;

/** One customer who changed segment (a row of {@code published/segment_movers}): analyst-only data. */
public record Mover(String customerId, int fromId, String fromName, int toId, String toName) {}
