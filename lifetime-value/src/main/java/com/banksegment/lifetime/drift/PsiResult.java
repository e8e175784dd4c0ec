package com.banksegment.lifetime.drift;

import java.util.List;

/**
 * A population stability index with what it was computed from, so a report can show the bins.
 *
 * @param psi             sum over bins of (current - reference) * ln(current / reference)
 * @param upperEdges      inner bin edges taken from the reference (a bin holds values <= its edge
 *                        and > the previous one; the last bin is open above); one fewer than bins
 * @param referenceShares share of the reference sample in each bin, before the epsilon floor
 * @param currentShares   share of the current sample in each bin, before the epsilon floor
 */
public record PsiResult(double psi, List<Double> upperEdges, List<Double> referenceShares,
                        List<Double> currentShares) {

    public PsiResult {
        upperEdges = List.copyOf(upperEdges);
        referenceShares = List.copyOf(referenceShares);
        currentShares = List.copyOf(currentShares);
    }

    public int bins() {
        return referenceShares.size();
    }
}
