package com.banksegment.modeling.selection;

/**
 * One fitted clustering of the model selection: algorithm, k, within-cluster sum of squared
 * distances (WSSSE, in PCA space) and the silhouette, both over all customers; the number of
 * customers it was fitted on (all, or the sweep's sample) and the seconds it took.
 */
public record SweepPoint(String algorithm, int k, double wssse, double silhouette, long fitCustomers,
    double fitSeconds) {}
