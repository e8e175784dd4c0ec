package com.banksegment.features.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.features.CleanTransactions;
import com.banksegment.features.transactions.TransactionOverview;
import com.banksegment.spark.SparkTestSession;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class CustomerAggregationTest {
  private static final LocalDate SNAPSHOT = LocalDate.of(2016, 10, 22);

  private static Map<String, Row> aggregate(CleanTransactions fixture) {
    Dataset<Row> tx = fixture.toDataset(SparkTestSession.get());
    Map<String, Row> byId = new HashMap<>();
    for (Row r : CustomerAggregation.aggregate(tx, TransactionOverview.compute(tx), SNAPSHOT).collectAsList()) {
      byId.put(r.getAs("customer_id"), r);
    }
    return byId;
  }

  @Test
  void latestNonNullAttributeWinsAndEveryDisagreementIsAConflict() {
    Map<String, Row> c = aggregate(new CleanTransactions()
        .add("C1", "1990-01-01", "M", "MUMBAI", 1000.0, "2016-08-01", "10:00:00", 10)
        .add("C1", "1991-02-02", "F", null, 2000.0, "2016-08-05", "09:00:00", 10)
        .add("C1", null, null, "DELHI", null, "2016-08-03", "12:00:00", 10)
        .add("C2", "1980-05-05", "M", "PUNE", 50.0, "2016-08-02", "10:00:00", 10)
        .add("C2", "1980-05-05", null, "PUNE", null, "2016-08-04", "10:00:00", 10));

    Row c1 = c.get("C1");
    assertThat((double) c1.getAs("age_observed")).as("age from the 8/5 DOB 1991-02-02").isEqualTo(25.0);
    assertThat((String) c1.getAs("gender_observed")).isEqualTo("F");
    assertThat((String) c1.getAs("location")).as("8/5 has no location, so 8/3's wins").isEqualTo("DELHI");
    assertThat((double) c1.getAs("balance_observed")).isEqualTo(2000.0);
    assertThat((boolean) c1.getAs("dob_conflict")).isTrue();
    assertThat((boolean) c1.getAs("gender_conflict")).isTrue();
    assertThat((boolean) c1.getAs("location_conflict")).isTrue();
    assertThat((boolean) c1.getAs("balance_conflict")).isTrue();
    assertThat((int) c1.getAs("attribute_conflicts")).isEqualTo(4);

    Row c2 = c.get("C2");
    assertThat((String) c2.getAs("gender_observed")).as("a null on the later row never wins").isEqualTo("M");
    assertThat((double) c2.getAs("balance_observed")).isEqualTo(50.0);
    assertThat((int) c2.getAs("attribute_conflicts")).as("nulls and repeats are no conflict").isZero();
  }

  @Test
  void equalTimestampsAreOrderedBySourceLineThenSourceFile() {
    Map<String, Row> c = aggregate(new CleanTransactions()
        .addAt("a.csv", 9, "C1", null, "M", "LATER_LINE", 1.0, "2016-08-01", "10:00:00", 10)
        .addAt("a.csv", 3, "C1", null, "M", "EARLIER_LINE", 2.0, "2016-08-01", "10:00:00", 10)
        .addAt("b.csv", 5, "C2", null, "M", "FILE_B", 1.0, "2016-08-01", "10:00:00", 10)
        .addAt("a.csv", 5, "C2", null, "M", "FILE_A", 2.0, "2016-08-01", "10:00:00", 10)
        .addAt("a.csv", 100, "C3", null, "M", "EARLY_TIME", 2.0, "2016-08-01", "09:59:59", 10)
        .addAt("a.csv", 2, "C3", null, "M", "LATE_TIME", 1.0, "2016-08-01", "10:00:00", 10));

    assertThat((String) c.get("C1").getAs("location")).isEqualTo("LATER_LINE");
    assertThat((double) c.get("C1").getAs("balance_observed")).isEqualTo(1.0);
    assertThat((String) c.get("C2").getAs("location")).as("b.csv sorts after a.csv").isEqualTo("FILE_B");
    assertThat((String) c.get("C3").getAs("location")).as("time beats line").isEqualTo("LATE_TIME");
  }

  @Test
  void unknownOrImplausibleDateOfBirthLeavesAgeUnknown() {
    Map<String, Row> c = aggregate(new CleanTransactions()
        .add("NO_DOB", null, "M", "X", 1.0, "2016-10-21", "10:00:00", 10)
        .add("TOO_OLD", "1890-01-01", "M", "X", 1.0, "2016-10-21", "10:00:00", 10)
        .add("BIRTHDAY_AT_SNAPSHOT", "2000-10-22", "M", "X", 1.0, "2016-10-21", "10:00:00", 10)
        .add("BIRTHDAY_DAY_AFTER", "2000-10-23", "M", "X", 1.0, "2016-10-21", "10:00:00", 10));

    assertThat((Object) c.get("NO_DOB").getAs("age_observed")).isNull();
    assertThat((Object) c.get("TOO_OLD").getAs("age_observed")).as("126 years is not plausible").isNull();
    assertThat((double) c.get("BIRTHDAY_AT_SNAPSHOT").getAs("age_observed")).isEqualTo(16.0);
    assertThat((double) c.get("BIRTHDAY_DAY_AFTER").getAs("age_observed")).isEqualTo(15.0);
  }

  @Test
  void recencyCountsDaysFromTheLastTransactionToTheSnapshot() {
    Map<String, Row> c = aggregate(new CleanTransactions()
        .add("LAST_DAY", null, "M", "X", 1.0, "2016-10-21", "23:59:59", 10)
        .add("EARLIER", null, "F", "X", 1.0, "2016-08-01", "00:00:00", 10)
        .add("EARLIER", null, "F", "X", 1.0, "2016-10-01", "00:00:00", 10));

    assertThat((int) c.get("LAST_DAY").getAs("recency_days")).isEqualTo(1);
    assertThat((int) c.get("EARLIER").getAs("recency_days")).isEqualTo(21);
    assertThat((Date) c.get("EARLIER").getAs("first_txn_date")).isEqualTo(Date.valueOf("2016-08-01"));
    assertThat((Date) c.get("EARLIER").getAs("last_txn_date")).isEqualTo(Date.valueOf("2016-10-01"));
  }

  @Test
  void zeroAmountsAndSeveralTransactionsAddUp() {
    Map<String, Row> c = aggregate(new CleanTransactions()
        .add("ONE_ZERO", null, "M", "X", 1.0, "2016-08-01", "10:00:00", 0)
        .add("THREE", null, "F", "X", 1.0, "2016-08-01", "10:00:00", 100)
        .add("THREE", null, "F", "X", 1.0, "2016-08-02", "10:00:00", 0)
        .add("THREE", null, "F", "X", 1.0, "2016-08-03", "10:00:00", 50));

    Row one = c.get("ONE_ZERO");
    assertThat((int) one.getAs("frequency")).isEqualTo(1);
    assertThat((double) one.getAs("monetary")).isZero();
    assertThat((double) one.getAs("avg_amount")).isZero();
    assertThat((double) one.getAs("max_amount")).isZero();
    Row three = c.get("THREE");
    assertThat((int) three.getAs("frequency")).isEqualTo(3);
    assertThat((double) three.getAs("monetary")).isEqualTo(150.0);
    assertThat((double) three.getAs("avg_amount")).isEqualTo(50.0);
    assertThat((double) three.getAs("max_amount")).isEqualTo(100.0);
  }

  @Test
  void preferredHourBandIsTheBusiestWithTiesGoingToTheLatestTransaction() {
    Map<String, Row> c = aggregate(new CleanTransactions()
        .add("NIGHT_OWL", null, "M", "X", 1.0, "2016-08-01", "01:00:00", 1)
        .add("NIGHT_OWL", null, "M", "X", 1.0, "2016-08-02", "05:59:59", 1)
        .add("NIGHT_OWL", null, "M", "X", 1.0, "2016-08-03", "18:00:00", 1)
        .add("TIE_LATEST_EVENING", null, "M", "X", 1.0, "2016-08-01", "08:00:00", 1)
        .add("TIE_LATEST_EVENING", null, "M", "X", 1.0, "2016-08-02", "20:00:00", 1)
        .add("TIE_LATEST_MORNING", null, "M", "X", 1.0, "2016-08-01", "20:00:00", 1)
        .add("TIE_LATEST_MORNING", null, "M", "X", 1.0, "2016-08-02", "11:59:59", 1)
        .add("AFTERNOON", null, "M", "X", 1.0, "2016-08-02", "12:00:00", 1));

    assertThat((String) c.get("NIGHT_OWL").getAs("preferred_hour_band")).isEqualTo("night");
    assertThat((String) c.get("TIE_LATEST_EVENING").getAs("preferred_hour_band")).isEqualTo("evening");
    assertThat((String) c.get("TIE_LATEST_MORNING").getAs("preferred_hour_band")).isEqualTo("morning");
    assertThat((String) c.get("AFTERNOON").getAs("preferred_hour_band")).isEqualTo("afternoon");
  }
}
