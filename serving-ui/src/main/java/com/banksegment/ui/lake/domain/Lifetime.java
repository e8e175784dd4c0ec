package com.banksegment.ui.lake.domain;

/**
 * Whether the run's lifetime models were fitted ({@code published/model_metrics}: bgnbd_status,
 * gamma_gamma_status, issue 16). BG/NBD gives P(alive) and expected transactions; Gamma-Gamma on
 * top of it gives expected spend and lifetime value. A run written before lifetime value existed
 * has no status: {@link #absent()}.
 *
 * @param bgnbdStatus 0 fitted, 1 not identifiable, 2 not converged; -1 when the run has none
 * @param repeatCustomers customers who bought more than once (-1 when not recorded)
 * @param horizonDays the horizon of expected transactions and lifetime value (NaN when not recorded)
 */
public record Lifetime(int bgnbdStatus, int gammaGammaStatus, long repeatCustomers, double horizonDays) {
  public static final int FITTED = 0;
  public static final int NOT_IDENTIFIABLE = 1;

  public static Lifetime absent() {
    return new Lifetime(-1, -1, -1, Double.NaN);
  }

  public boolean recorded() {
    return bgnbdStatus >= 0;
  }

  /** P(alive) and expected transactions exist. */
  public boolean aliveFitted() {
    return bgnbdStatus == FITTED;
  }

  /** Lifetime value exists (both models fitted). */
  public boolean valueFitted() {
    return aliveFitted() && gammaGammaStatus == FITTED;
  }
}
