package com.banksegment.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.contract.LakeTables;
import org.junit.jupiter.api.Test;

class RunDateAndLayoutTest {

  @Test
  void runDateMustBeAnIsoCalendarDate() {
    assertThat(RunDate.parse("2016-10-21").partition()).isEqualTo("run_date=2016-10-21");
    assertThatThrownBy(() -> RunDate.parse("21/10/2016")).hasMessageContaining("expected YYYY-MM-DD");
    assertThatThrownBy(() -> RunDate.parse("2016-02-31")).hasMessageContaining("not a calendar date");
  }

  @Test
  void layoutBuildsEveryPathFromTheRoot() {
    LakeLayout lake = new LakeLayout("hdfs:///bank/lake/");
    RunDate d = RunDate.parse("2016-10-21");
    assertThat(lake.rawTransactions(d)).isEqualTo("hdfs:///bank/lake/raw/transactions/run_date=2016-10-21");
    assertThat(lake.table(LakeTables.CLEAN_TRANSACTIONS)).isEqualTo("hdfs:///bank/lake/clean/transactions");
    assertThat(lake.modelDir(d)).isEqualTo("hdfs:///bank/lake/models/run_date=2016-10-21");
    assertThat(lake.table(LakeTables.CUSTOMER_SEGMENTS)).isEqualTo("hdfs:///bank/lake/published/customer_segments");
    assertThat(lake.partition(LakeTables.CUSTOMERS, d)).isEqualTo("hdfs:///bank/lake/clean/customers/run_date=2016-10-21");
    assertThat(lake.staging("model")).isEqualTo("hdfs:///bank/lake/_staging/model");
    assertThat(lake.report("eda", d)).isEqualTo("hdfs:///bank/lake/reports/eda/run_date=2016-10-21");
  }
}
