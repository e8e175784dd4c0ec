package com.banksegment.ui.lake.domain;

/**
 * One fitted clustering of the k sweep ({@code published/model_selection}).
 *
 * @param chosen the production model (algorithm and k)
 * @param knee the knee of the K-means WSSSE curve
 */
public record SelectionPoint(String algorithm, int k, double wssse, double silhouette, boolean chosen, boolean knee,
    double fitSeconds) {}
