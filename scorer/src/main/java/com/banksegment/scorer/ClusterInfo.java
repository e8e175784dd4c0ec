package com.banksegment.scorer;

/**
 * One segment of the model.
 *
 * @param id stable id, kept across runs by matching centroids to the previous run
 * @param name business name derived from the profile
 * @param action suggested engagement action
 * @param centroid centre in PCA space
 * @param size customers of the training run in this segment
 * @param share size / all customers
 * @param dominantRfmSegment the most frequent named RFM segment among its customers
 * @param typicalCustomer median raw features of its customers, with the majority gender
 */
public record ClusterInfo(
    int id,
    String name,
    String action,
    double[] centroid,
    long size,
    double share,
    String dominantRfmSegment,
    CustomerInput typicalCustomer) {}
