package com.banksegment.ui.audience.domain;

import java.util.List;

/**
 * How many customers of the run an audience holds, and its first rows.
 *
 * @param customers the customers of the run
 * @param matching the customers in the audience
 * @param preview the first rows of the audience, in table order
 */
public record AudienceSummary(long customers, long matching, List<AudienceRow> preview) {}
