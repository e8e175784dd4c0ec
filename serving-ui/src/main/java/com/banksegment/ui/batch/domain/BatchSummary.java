package com.banksegment.ui.batch.domain;

import java.util.List;

/**
 * The outcome of one scored file: every input row comes back, scored or with its error.
 *
 * @param rows data rows read (the header not counted)
 * @param scored rows given a segment
 * @param rejected rows returned with an error
 * @param millis time to read, score and write the file
 * @param header the output header
 * @param preview the first output rows, for the page
 */
public record BatchSummary(long rows, long scored, long rejected, long millis, List<String> header,
    List<List<String>> preview) {}
