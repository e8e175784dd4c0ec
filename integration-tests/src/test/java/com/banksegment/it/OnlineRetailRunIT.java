package com.banksegment.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.cli.SegmentCli;
import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.scorer.Scorer;
import com.banksegment.spark.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's acceptance of the whole run on the real Online Retail France file: {@code segment run
 * --source online-retail} goes through all four stages (ingest, features, model, publish), the model
 * has the three RFM inputs (the source has no age, balance or gender), every one of the 87 customers
 * is segmented, and the absent attributes are null in the published tables. The serving UI's France
 * fixture lake (serving-ui/src/test/fixture/regenerate-france.sh, the browser test's lake) is
 * checked to have the bundle inputs and published columns the code writes today.
 */
class OnlineRetailRunIT {
  static final Path FIXTURE = Path.of(System.getProperty("ui.fixture.lake.france",
      "../serving-ui/src/test/resources/fixture-lake-france"));
  static final String RUN_DATE = "2011-12-09";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @Test
  void theWholeRunOnTheFranceFileSegmentsEveryCustomerOnTheRfmInputs() throws Exception {
    Path file = TestData.sharedDataDir().resolve("online_retail_france.csv");
    assertThat(file).as("the real France file (../shared/data)").exists();
    Path lake = work.resolve("lake");

    int code = SegmentCli.run("run", "--source", "online-retail", "--run-date", RUN_DATE, "--input", file.toString(),
        "--lake", lake.toString());

    assertThat(code).as("all four stages").isZero();
    assertThat(Files.readString(lake.resolve("published/_LATEST")).trim()).isEqualTo(RUN_DATE);
    JsonNode ingest = JSON.readTree(lake.resolve("reports/ingest/run_date=" + RUN_DATE + "/ingest-report.json").toFile());
    assertThat(ingest.toString()).contains("\"input_rows\":8557").contains("\"clean_rows\":8491");
    JsonNode bundle = JSON.readTree(lake.resolve("models/run_date=" + RUN_DATE + "/bundle.json").toFile());
    assertThat(bundle.get("features").toString()).isEqualTo("[\"recency_days\",\"frequency\",\"monetary\"]");
    assertThat(bundle.get("logFeatures").toString()).isEqualTo("[\"frequency\",\"monetary\"]");
    assertThat(bundle.get("genderEncoding").isNull()).isTrue();
    assertThat(bundle.get("metrics").get("customers").asLong()).isEqualTo(87);
    bundle.get("clusters").forEach(c -> assertThat(c.get("name").asText())
        .doesNotContain("Senior", "Young", "savers", "balance", "(men)", "(women)"));

    SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
    Row segments = spark.read().parquet(lake + "/published/customer_segments/run_date=" + RUN_DATE)
        .selectExpr("count(*)", "count(DISTINCT customer_id)", "count(cluster_id)", "count(age)", "count(balance)",
            "count(gender)", "round(sum(monetary), 2)").first();
    assertThat(segments.getLong(0)).as("customers segmented").isEqualTo(87);
    assertThat(segments.getLong(1)).isEqualTo(87);
    assertThat(segments.getLong(2)).isEqualTo(87);
    assertThat(List.of(segments.getLong(3), segments.getLong(4), segments.getLong(5))).containsOnly(0L);
    assertThat(segments.getDouble(6)).as("monetary total of the purchases").isEqualTo(209_024.05);
    // The Spark-free scorer with the bundle gives every customer Spark's segment (parity on the RFM-only model).
    Scorer scorer = Scorer.load(lake.resolve("models/run_date=" + RUN_DATE + "/bundle.json"));
    List<Row> rows = spark.read().parquet(lake + "/published/customer_segments/run_date=" + RUN_DATE).collectAsList();
    long agree = rows.stream().filter(r -> {
      ScoreResult s = scorer.score(CustomerInput.rfm(r.<Integer>getAs("recency_days"), r.<Integer>getAs("frequency"),
          r.<Double>getAs("monetary")));
      return s.clusterId() == r.<Integer>getAs("cluster_id") && s.classifierClusterId() == r.<Integer>getAs("nb_cluster_id");
    }).count();
    assertThat(agree).as("scorer agrees with Spark").isEqualTo(87);
    Row profiles = spark.read().parquet(lake + "/published/segment_profiles/run_date=" + RUN_DATE)
        .selectExpr("count(*)", "sum(customers)", "count(median_age)", "count(share_male)").first();
    assertThat(profiles.getLong(0)).isEqualTo(bundle.get("clusters").size());
    assertThat(profiles.getLong(1)).isEqualTo(87);
    assertThat(profiles.getLong(2) + profiles.getLong(3)).isZero();

    // The UI's France fixture has what this run wrote: inputs, bundle fields, tables and their columns.
    JsonNode fixture = JSON.readTree(FIXTURE.resolve("models/run_date=" + RUN_DATE + "/bundle.json").toFile());
    for (String field : List.of("formatVersion", "features", "logFeatures", "genderEncoding", "algorithm")) {
      assertThat(fixture.get(field)).as("fixture bundle %s", field).isEqualTo(bundle.get(field));
    }
    for (String table : List.of("customer_segments", "segment_profiles", "model_selection", "model_metrics")) {
      assertThat(spark.read().parquet(FIXTURE.resolve("published/" + table + "/run_date=" + RUN_DATE).toString())
          .schema().fieldNames()).as("fixture columns of %s", table).containsExactly(
              spark.read().parquet(lake + "/published/" + table + "/run_date=" + RUN_DATE).schema().fieldNames());
    }
    try (Stream<Path> reports = Files.list(lake.resolve("reports"))) {
      assertThat(reports.map(p -> p.getFileName().toString()).sorted()).containsExactly("decide", "eda", "ingest", "modeling");
    }
  }
}
