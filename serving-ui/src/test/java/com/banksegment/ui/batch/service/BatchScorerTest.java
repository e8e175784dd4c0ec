package com.banksegment.ui.batch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Gender;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.scorer.Scorer;
import com.banksegment.ui.batch.domain.BatchSummary;
import com.banksegment.ui.batch.domain.UploadRejectedException;
import com.banksegment.ui.fixture.FixtureRun;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchScorerTest {
  private final Scorer scorer = new Scorer(FixtureRun.latest().bundle());
  private final BatchScorer batch = new BatchScorer(scorer, LocalDate.parse("2016-10-22"));

  private List<String> score(String csv) throws IOException {
    StringWriter out = new StringWriter();
    batch.score(new StringReader(csv), out);
    return out.toString().lines().toList();
  }

  @Test
  void columnsMayComeInAnyOrderAndCaseAndExtraColumnsAreKept() throws IOException {
    List<String> lines = score("Monetary,FREQUENCY,recency_days,balance,gender,age,note\n300,1,10,5000,M,40,\"call, then mail\"\n");
    ScoreResult r = scorer.score(new CustomerInput(10, 1, 300, 40, 5000, Gender.M));
    assertThat(lines.get(1)).startsWith("300,1,10,5000,M,40,\"call, then mail\"," + r.clusterId() + "," + r.clusterName() + ",");
    assertThat(lines.get(1)).endsWith(",");
  }

  @Test
  void aDateOfBirthGivesTheAgeOnTheDayAfterTheRun() throws IOException {
    List<String> lines = score("date_of_birth,gender,balance,recency_days,frequency,monetary\n1970-10-23,F,100,1,1,50\n"
        + "2020-01-01,F,100,1,1,50\n1970/10/23,F,100,1,1,50\n");
    ScoreResult r = scorer.score(new CustomerInput(1, 1, 50, 45, 100, Gender.F));
    assertThat(lines.get(1)).contains("," + r.clusterId() + "," + r.clusterName() + ",");
    assertThat(lines.get(2)).endsWith("date_of_birth = 2020-01-01: expected a date not after 2016-10-22");
    assertThat(lines.get(3)).endsWith("date_of_birth = 1970/10/23: expected a date YYYY-MM-DD");
  }

  @Test
  void everyProblemOfARowIsListedInItsErrorAndNoRowIsDropped() throws IOException {
    List<String> lines = score("""
        customer_id,age,gender,balance,recency_days,frequency,monetary
        A,abc,M,1,1,1,1
        B,200,M,1,1,0,-1
        C,30,M,1,1
        D,30,,100,5,1,10
        """);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(1)).endsWith("age = abc: expected a number");
    assertThat(lines.get(2)).endsWith("frequency = 0: expected a number >= 1; monetary = -1: expected a number >= 0; "
        + "age = 200: expected a number of years between 0 and 130");
    assertThat(lines.get(3)).as("a value with a comma is quoted").isEqualTo("C,30,M,1,1,,,,,,,,,,\"expected 7 columns like the header, found 5\"");
    // An empty gender is unknown, not an error: the row is scored and its error column is empty.
    assertThat(lines.get(4)).matches("D,30,,100,5,1,10,\\d+,[^,]+,[01]\\.\\d{4},[^,]+,\\d+,[^,]+,(\".+\"|[^,\"]+),");
  }

  @Test
  void summaryCountsScoredAndRejectedRowsAndKeepsAPreview() throws IOException {
    StringWriter out = new StringWriter();
    BatchSummary s = batch.score(new StringReader("age,gender,balance,recency_days,frequency,monetary\n30,M,1,1,1,1\n-1,M,1,1,1,1\n"), out);
    assertThat(s.rows()).isEqualTo(2);
    assertThat(s.scored()).isEqualTo(1);
    assertThat(s.rejected()).isEqualTo(1);
    assertThat(s.preview()).hasSize(2);
    assertThat(s.header()).endsWith("segment_id", "segment_name", "probability", "action", "runner_up_segment_id",
        "runner_up_segment_name", "reasons", "error");
  }

  @Test
  void wholeFileProblemsRefuseTheFile() {
    assertThatThrownBy(() -> score("")).isInstanceOf(UploadRejectedException.class).hasMessageStartingWith("The file is empty");
    assertThatThrownBy(() -> score("age,gender,balance,recency_days,frequency,monetary\n"))
        .hasMessageStartingWith("The file has a header but no customers");
    assertThatThrownBy(() -> score("age;gender;balance\n1;2;3\n")).hasMessageContaining("separated by semicolons");
    assertThatThrownBy(() -> score("gender,balance,recency_days,frequency,monetary\nM,1,1,1,1\n"))
        .hasMessageStartingWith("The header lacks the column age (or date_of_birth)");
  }

  @Test
  void uploadedFormulasComeBackNeutralisedAndNegativeNumbersStayNumbers() throws IOException {
    List<String> lines = score("customer_id,age,gender,balance,recency_days,frequency,monetary,note\n"
        + "=HYPERLINK(\"http://evil\"),30,M,1,1,1,1,@SUM(A1)\n+cmd,30,M,-5,1,1,1,-2+3\n");
    // The neutralised cell has quotes, so it is quoted as a whole, its quotes doubled.
    assertThat(lines.get(1)).startsWith("\"'=HYPERLINK(\"\"http://evil\"\")\",30,M,1,1,1,1,'@SUM(A1),")
        .doesNotContain(",=", ",@");
    assertThat(lines.get(2)).startsWith("'+cmd,30,M,-5,1,1,1,'-2+3,").endsWith("balance = -5: expected a number >= 0");
  }

  @Test
  void aBrokenQuoteIsRefusedWithTheLineAndColumnInPlainWords() {
    assertThatThrownBy(() -> score("customer_id,age,gender,balance,recency_days,frequency,monetary\n"
        + "C1,30,M,1,1,1,1\nC2,\"3\"0),M,1,1,1,1\n"))
        .isInstanceOf(UploadRejectedException.class)
        .hasMessageStartingWith("The file is not valid CSV at line 3, column ")
        .hasMessageContaining("must be in double quotes")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Unexpected character", "code 41", "reference chain",
            "java.lang", "Object[]"));
  }
}
