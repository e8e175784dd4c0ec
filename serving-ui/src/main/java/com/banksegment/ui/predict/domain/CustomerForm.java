package com.banksegment.ui.predict.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user types about a new customer. Age comes from a date of birth or is given directly;
 * activity is either recency/frequency/monetary or a short list of transactions to derive them
 * from. {@code asOf} is the day the customer is scored on (ages and recency count to it).
 */
public class CustomerForm {
  /** Where the age comes from. */
  public enum AgeSource { DATE_OF_BIRTH, AGE }

  /** Where recency, frequency and monetary come from. */
  public enum ActivitySource { RFM, TRANSACTIONS }

  public static final int MAX_TRANSACTIONS = 20;

  private AgeSource ageSource = AgeSource.AGE;
  private LocalDate dateOfBirth;
  private Integer age;
  private String gender = "U";
  private Double balance;
  private ActivitySource activitySource = ActivitySource.RFM;
  private Integer recencyDays;
  private Integer frequency;
  private Double monetary;
  private LocalDate asOf;
  private final List<TransactionLine> transactions = new ArrayList<>();

  public AgeSource getAgeSource() {
    return ageSource;
  }

  public void setAgeSource(AgeSource ageSource) {
    this.ageSource = ageSource;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public Integer getAge() {
    return age;
  }

  public void setAge(Integer age) {
    this.age = age;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
  }

  public Double getBalance() {
    return balance;
  }

  public void setBalance(Double balance) {
    this.balance = balance;
  }

  public ActivitySource getActivitySource() {
    return activitySource;
  }

  public void setActivitySource(ActivitySource activitySource) {
    this.activitySource = activitySource;
  }

  public Integer getRecencyDays() {
    return recencyDays;
  }

  public void setRecencyDays(Integer recencyDays) {
    this.recencyDays = recencyDays;
  }

  public Integer getFrequency() {
    return frequency;
  }

  public void setFrequency(Integer frequency) {
    this.frequency = frequency;
  }

  public Double getMonetary() {
    return monetary;
  }

  public void setMonetary(Double monetary) {
    this.monetary = monetary;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public List<TransactionLine> getTransactions() {
    return transactions;
  }
}
