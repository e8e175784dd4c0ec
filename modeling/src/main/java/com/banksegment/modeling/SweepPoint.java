package com.banksegment.modeling;

/**
 * One fitted clustering of the model selection: algorithm, k, within-cluster sum of squared
 * distances (WSSSE, in PCA space) and the silhouette over all customers.
 */
public record SweepPoint(String algorithm, int k, double wssse, double silhouette, double fitSeconds) {}
