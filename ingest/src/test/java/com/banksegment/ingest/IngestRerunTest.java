package com.banksegment.ingest;

import static com.banksegment.ingest.Fixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.BadInputException;
import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.stage.StageContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-running a date replaces that date only; a failed run leaves the previous output as it was. */
class IngestRerunTest {
  private static final RunDate AUG_2 = RunDate.parse("2016-08-02");
  private static final RunDate AUG_3 = RunDate.parse("2016-08-03");

  @TempDir
  Path dir;
  private final SparkSession spark = SparkTestSession.get();
  private Path lake;
  private SuiteSettings settings;

  @BeforeEach
  void twoDatesIngested() {
    lake = dir.resolve("lake");
    settings = Fixtures.settings(lake);
    ingest(AUG_2, Fixtures.csv(dir.resolve("first.csv"), HEADER,
        "T1,C1,10/1/94,F,MUMBAI,100.5,2/8/16,143207,25",
        "T2,C2,10/1/94,F,MUMBAI,100.5,2/8/16,143207,-1"));
    ingest(AUG_3, Fixtures.csv(dir.resolve("other-day.csv"), HEADER,
        "T3,C3,10/1/94,M,PUNE,7,3/8/16,101010,30"));
  }

  @Test
  void rerunReplacesOnlyItsDate() {
    Map<String, String> aug3Before = snapshot("run_date=2016-08-03");
    IngestResult rerun = ingest(AUG_2, Fixtures.csv(dir.resolve("second.csv"), HEADER,
        "T7,C7,10/1/94,F,MUMBAI,100.5,2/8/16,143207,25",
        "T8,C8,10/1/94,F,MUMBAI,100.5,2/8/16,143207,26",
        "T9,C9,10/1/94,F,MUMBAI,100.5,2/8/16,143207,27"));

    assertThat(rerun.rows().clean()).isEqualTo(3);
    assertThat(ids(lake.resolve("clean/transactions/run_date=2016-08-02"))).containsExactly("T7", "T8", "T9");
    assertThat(spark.read().parquet(rerun.outputs().quarantinePartition()).count()).isZero();
    assertThat(IngestReport.fromJson(Fixtures.read(Path.of(rerun.outputs().reportPath()))).source().sourceFiles())
        .extracting(IngestReport.SourceFile::name).containsExactly("second.csv");
    assertThat(snapshot("run_date=2016-08-03")).isEqualTo(aug3Before);
    assertThat(ids(lake.resolve("clean/transactions/run_date=2016-08-03"))).containsExactly("T3");
    assertThat(Fixtures.tree(lake)).noneMatch(f -> f.contains("_staging/") || f.contains(".old-") || f.contains(".tmp-"));
  }

  @Test
  void failureWhileWritingLeavesThePreviousOutput() throws IOException {
    Map<String, String> before = snapshot("run_date=");
    // A file where the staging folder must go: Spark's write of the new partition fails midway.
    Fixtures.deleteTree(lake.resolve("_staging"));
    Files.writeString(lake.resolve("_staging"), "in the way");
    Path second = Fixtures.csv(dir.resolve("second.csv"), HEADER, "T7,C7,10/1/94,F,MUMBAI,100.5,2/8/16,143207,25");

    assertThatThrownBy(() -> ingest(AUG_2, second))
        .isNotInstanceOf(BadInputException.class).hasStackTraceContaining("_staging");

    assertThat(snapshot("run_date=")).isEqualTo(before);
    assertThat(ids(lake.resolve("clean/transactions/run_date=2016-08-02"))).containsExactly("T1");
  }

  @Test
  void badInputLeavesThePreviousOutput() {
    Map<String, String> before = snapshot("run_date=");
    Path headerOnly = Fixtures.csv(dir.resolve("header-only.csv"), HEADER);
    assertThatThrownBy(() -> ingest(AUG_2, headerOnly)).isInstanceOf(BadInputException.class);
    assertThat(snapshot("run_date=")).isEqualTo(before);
  }

  @Test
  void theRowBalanceCheckFailsLoudly() {
    IngestJob.checkNoRowLost(10, 7, 3);
    assertThatThrownBy(() -> IngestJob.checkNoRowLost(10, 7, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ingest lost or invented rows: 10 input rows but 7 clean + 2 quarantined = 9; nothing was committed");
  }

  private IngestResult ingest(RunDate date, Path input) {
    return new IngestJob(StageContext.of(spark, settings, date)).input(input.toString()).execute();
  }

  private List<String> ids(Path partition) {
    return spark.read().parquet(partition.toString()).orderBy("transaction_id")
        .select("transaction_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
  }

  /** Path -> content of every lake file under a partition whose path contains {@code marker}. */
  private Map<String, String> snapshot(String marker) {
    Map<String, String> files = new TreeMap<>();
    for (String file : Fixtures.tree(lake)) {
      if (file.contains(marker) && !file.startsWith("raw/")) {
        try {
          files.put(file, java.util.HexFormat.of().formatHex(Files.readAllBytes(lake.resolve(file))));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    assertThat(files).isNotEmpty();
    return files;
  }
}
