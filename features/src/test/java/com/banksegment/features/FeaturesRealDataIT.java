package com.banksegment.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.ingest.IngestJob;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.TestData;
import com.banksegment.spark.stage.StageContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptance on the real 20,000-row head: ingest, then features, in a temporary lake. */
class FeaturesRealDataIT {
  private static final RunDate RUN_DATE = RunDate.parse("2016-10-21");
  private static final SparkSession SPARK = SparkTestSession.get();
  private static FeaturesResult result;

  @BeforeAll
  static void ingestAndBuildFeatures() throws Exception {
    Path lake = Files.createTempDirectory("features-real");
    SuiteSettings settings = SuiteSettings.load().with("segment.lake.root", lake.toString());
    new IngestJob(StageContext.of(SPARK, settings, RUN_DATE)).input(TestData.realHead20k().toString()).execute();
    result = new FeaturesJob(StageContext.of(SPARK, settings, RUN_DATE)).execute();
    System.out.println("EDA report of the real head: " + result.outputs().htmlReport());
  }

  @Test
  void customerCountAndFrequencyDistributionMatchTheRealFile() {
    Dataset<Row> customers = SPARK.read().parquet(result.outputs().customersPath());
    assertThat(result.batch().customers()).isEqualTo(19_937);
    assertThat(customers.count()).isEqualTo(19_937);
    Map<Integer, Long> frequency = customers.groupBy("frequency").count().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getInt(0), r -> r.getLong(1)));
    assertThat(frequency).containsExactlyInAnyOrderEntriesOf(Map.of(1, 19_874L, 2, 63L));
  }

  @Test
  void snapshotIsTheDayAfterTheLastTransaction() {
    assertThat(result.batch().snapshotDate()).isEqualTo(LocalDate.of(2016, 10, 22));
    assertThat(result.batch().transactions()).isEqualTo(20_000);
  }

  @Test
  void tiedFrequenciesShareOneScoreAndEveryoneHasANamedSegment() {
    Dataset<Row> customers = SPARK.read().parquet(result.outputs().customersPath());
    assertThat(customers.where("frequency = 1 and f_score <> 1").count()).isZero();
    assertThat(customers.where("frequency = 2 and f_score <> 5").count()).isZero();
    assertThat(customers.where("rfm_segment = 'Others'").count()).isZero();
    // 1,290 placeholder, 72 nan and 3 future DOBs, fewer after the latest-non-null rule across rows
    assertThat(result.imputations().age()).isBetween(1_300L, 1_365L);
    assertThat(result.imputations().gender()).isBetween(1L, 11L);
  }
}
