package com.banksegment.ui.predict.domain;

import java.time.LocalDate;

/** One past transaction typed into the predict form: when, and how much (INR). */
public class TransactionLine {
  private LocalDate date;
  private Double amount;

  public TransactionLine() {}

  public TransactionLine(LocalDate date, Double amount) {
    this.date = date;
    this.amount = amount;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public Double getAmount() {
    return amount;
  }

  public void setAmount(Double amount) {
    this.amount = amount;
  }
}
