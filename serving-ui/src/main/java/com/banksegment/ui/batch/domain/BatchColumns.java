package com.banksegment.ui.batch.domain;

import com.banksegment.contract.LakeTables;
import java.util.List;

/**
 * The CSV layout of batch scoring (docs in the page and in the README). Input: a header row,
 * comma-separated, UTF-8, columns in any order and case; unknown columns are kept as they are.
 * Output: every input column, then the result columns. The columns a file needs follow the
 * published model's inputs: age (or date_of_birth), gender and balance only when it has them.
 */
public final class BatchColumns {
  // The customer's columns carry the names of the model inputs in clean/customers (the contract).
  public static final String CUSTOMER_ID = LakeTables.CUSTOMERS.col("customer_id");
  public static final String AGE = LakeTables.CUSTOMERS.col("age");
  public static final String DATE_OF_BIRTH = "date_of_birth";
  public static final String GENDER = LakeTables.CUSTOMERS.col("gender");
  public static final String BALANCE = LakeTables.CUSTOMERS.col("balance");
  public static final String RECENCY_DAYS = LakeTables.CUSTOMERS.col("recency_days");
  public static final String FREQUENCY = LakeTables.CUSTOMERS.col("frequency");
  public static final String MONETARY = LakeTables.CUSTOMERS.col("monetary");

  /** Columns every file needs for a model of all six inputs (plus age or date_of_birth). */
  public static final List<String> REQUIRED = List.of(GENDER, BALANCE, RECENCY_DAYS, FREQUENCY, MONETARY);

  /** Columns a file needs for a model of these inputs (plus age or date_of_birth when age is one). */
  public static List<String> required(List<String> inputs) {
    return REQUIRED.stream().filter(inputs::contains).toList();
  }

  /** What each input column of a model of these inputs means, for the page's help. */
  public static List<String[]> documentation(List<String> inputs) {
    return DOCUMENTATION.stream().filter(d -> used(d[0], inputs)).toList();
  }

  /** The template: the header of a model of these inputs and one example row. */
  public static String example(List<String> inputs) {
    List<String> names = List.of(CUSTOMER_ID, AGE, GENDER, BALANCE, RECENCY_DAYS, FREQUENCY, MONETARY);
    List<String> values = List.of("C1001", "34", "F", "25000", "12", "2", "1850.50");
    StringBuilder header = new StringBuilder();
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (used(names.get(i), inputs)) {
        header.append(header.length() == 0 ? "" : ",").append(names.get(i));
        row.append(row.length() == 0 ? "" : ",").append(values.get(i));
      }
    }
    return header + "\n" + row + "\n";
  }

  private static boolean used(String column, List<String> inputs) {
    return column.equals(CUSTOMER_ID) || inputs.contains(column.equals(DATE_OF_BIRTH) ? AGE : column);
  }

  /**
   * probability: the served classifier's probability of the segment; runner_up_*: the second-nearest
   * segment; reasons: the features that put the customer in its segment rather than the runner-up,
   * in their own units (scorer's Explainer).
   */
  public static final List<String> RESULT = List.of("segment_id", "segment_name", "probability", "action",
      "runner_up_segment_id", "runner_up_segment_name", "reasons", "error");

  /** What each input column means, for the page's help. */
  public static final List<String[]> DOCUMENTATION = List.of(
      new String[] {CUSTOMER_ID, "optional", "your reference, returned unchanged"},
      new String[] {AGE, "age or date_of_birth", "age in years, 0 to 130"},
      new String[] {DATE_OF_BIRTH, "age or date_of_birth", "YYYY-MM-DD; age counted to the day after the run date"},
      new String[] {GENDER, "required", "M, F, or U / empty for unknown"},
      new String[] {BALANCE, "required", "account balance in INR, 0 or more"},
      new String[] {RECENCY_DAYS, "required", "days since the last transaction, 0 or more"},
      new String[] {FREQUENCY, "required", "number of transactions, 1 or more"},
      new String[] {MONETARY, "required", "total amount of the transactions in INR, 0 or more"});

  public static final String EXAMPLE = "customer_id,age,gender,balance,recency_days,frequency,monetary\n"
      + "C1001,34,F,25000,12,2,1850.50\n";

  private BatchColumns() {}
}
