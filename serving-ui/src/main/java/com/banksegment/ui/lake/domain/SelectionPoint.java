package com.banksegment.ui.lake.domain;

/**
 * One fitted clustering of the model selection ({@code published/model_selection}).
 *
 * @param chosen the production model (algorithm and k)
 * @param knee the knee of the K-means WSSSE curve
 * @param fitCustomers customers the fit saw (the sweep may use a sample); -1 when not recorded
 */
public record SelectionPoint(String algorithm, int k, double wssse, double silhouette, boolean chosen, boolean knee,
    long fitCustomers, double fitSeconds) {}
