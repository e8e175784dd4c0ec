package com.banksegment.ingest.read;

import static com.banksegment.ingest.Fixtures.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ingest.Fixtures;
import com.banksegment.ingest.read.InputFiles.InputFile;
import com.banksegment.ingest.tables.ParsedRows;
import com.banksegment.spark.SparkTestSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line numbers stay right when files are cut into many splits and when several files are read. */
class NumberedLinesTest {
  @TempDir
  Path dir;

  @Test
  void lineNumbersAreContinuousAcrossSplitsAndRestartInEachFile() {
    // Row Tn sits on line n + 1 of each file; line 50 of a.csv is blank and not a row.
    List<String> a = rows(300, 50);
    List<String> b = rows(120, -1);
    Fixtures.csv(dir.resolve("in/a.csv"), a.toArray(String[]::new));
    Fixtures.csv(dir.resolve("in/b.csv"), b.toArray(String[]::new));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(SparkTestSession.get().sparkContext());
    List<InputFile> files = InputFiles.resolve(dir.resolve("in").toString(), jsc.hadoopConfiguration());

    NumberedLines lines = new NumberedLines(jsc, files, 1_000);
    NumberedLines.SplitCounts counts = lines.countSplits();
    assertThat(counts.linesBeforeEachSplit()).hasSizeGreaterThan(20);
    List<Row> parsed = SparkTestSession.get().createDataFrame(lines.parse(counts, ParsedRows::of), ParsedRows.SCHEMA)
        .collectAsList();

    assertThat(counts.rowsPerFile()).hasSize(2).containsValues(299L, 120L);
    assertThat(counts.inputRows()).isEqualTo(299 + 120);
    assertThat(parsed).hasSize(299 + 120);
    for (Row row : parsed) {
      String id = row.getAs("transaction_id");
      assertThat(row.<Long>getAs("source_line")).as("line of %s in %s", id, row.getAs("source_file"))
          .isEqualTo(Long.parseLong(id.substring(1)) + 1);
    }
    assertThat(parsed).extracting(r -> r.<String>getAs("source_file")).containsOnly("a.csv", "b.csv");
  }

  @Test
  void smallFilesAreOneSplitEach() {
    Fixtures.csv(dir.resolve("in/a.csv"), rows(10, -1).toArray(String[]::new));
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(SparkTestSession.get().sparkContext());
    List<InputFile> files = InputFiles.resolve(dir.resolve("in/a.csv").toString(), jsc.hadoopConfiguration());
    NumberedLines.SplitCounts counts = new NumberedLines(jsc, files).countSplits();
    assertThat(counts.linesBeforeEachSplit()).hasSize(1).containsValue(0L);
    assertThat(counts.inputRows()).isEqualTo(10);
  }

  /** Header then rows T1..Tn, with the line at {@code blankLine} (1-based) left blank, if any. */
  private static List<String> rows(int n, int blankLine) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (int i = 1; i <= n; i++) {
      lines.add(i + 1 == blankLine ? "" : "T" + i + ",C" + i + ",10/1/94,M,\"JORHAT, ASSAM\",5.5,2/8/16,143207," + i);
    }
    return lines;
  }
}
