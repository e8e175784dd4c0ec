package com.banksegment.modeling.lifetime;

import com.banksegment.lifetime.FitStatus;
import com.banksegment.lifetime.LikelihoodFit;
import com.banksegment.lifetime.bgnbd.BgNbdParameters;
import com.banksegment.lifetime.gammagamma.GammaGammaParameters;
import java.util.Optional;

/**
 * The run's BG/NBD and Gamma-Gamma fits and the settings of the per-customer predictions. The
 * Gamma-Gamma is only used with a fitted BG/NBD (spend per transaction alone is no lifetime value).
 */
public record LifetimeFit(LikelihoodFit<BgNbdParameters> bgNbd, LikelihoodFit<GammaGammaParameters> gammaGamma, int horizonDays, double discountPerDay) {

  /** Whether P(alive) and expected transactions are published. */
  public boolean transactionsFitted() {
    return bgNbd.isFitted();
  }

  /** Whether expected spend and CLV are published as well. */
  public boolean valueFitted() {
    return bgNbd.isFitted() && gammaGamma.isFitted();
  }

  /** FITTED when both models fitted, else the first refusal's status. */
  public FitStatus status() {
    return !bgNbd.isFitted() ? bgNbd.status() : gammaGamma.status();
  }

  /** Why there are no (or only some) lifetime figures; empty when both fitted. */
  public Optional<String> refusal() {
    if (!bgNbd.isFitted()) {
      return Optional.of("BG/NBD: " + bgNbd.reason());
    }
    return gammaGamma.isFitted() ? Optional.empty() : Optional.of("Gamma-Gamma: " + gammaGamma.reason());
  }
}
