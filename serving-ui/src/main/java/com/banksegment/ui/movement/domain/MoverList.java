package com.banksegment.ui.movement.domain;

import java.util.List;

/** The first movers of a selection, and how many there are in all. */
public record MoverList(List<Mover> shown, long total) {}
