package com.banksegment.ui.batch.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Explainer;
import com.banksegment.scorer.Explanation;
import com.banksegment.scorer.Gender;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.ui.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BatchScoringViewTest extends KaribuTest {
  static final String CSV = """
      customer_id,age,gender,balance,recency_days,frequency,monetary,branch
      C1,34,F,25000,12,2,1850.50,Pune
      C2,,M,1000,3,1,100,Delhi
      C3,51,X,500,40,1,90,Agra
      C4,29,M,-5,10,1,300,Goa
      C5,62,m,880000,70,1,25000,Mumbai
      """;

  private BatchScoringView upload(String name, String type, byte[] content) {
    loginAsAnalyst();
    BatchScoringView view = navigate(BatchScoringView.class);
    UploadKt._upload(view.upload, name, type, content);
    MockVaadin.clientRoundtrip();
    return view;
  }

  @Test
  void everyRowComesBackScoredOrWithItsError() throws Exception {
    BatchScoringView view = upload("customers.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
    assertThat(view.errorMessage()).isEmpty();
    assertThat(view.lastSummary().rows()).isEqualTo(5);
    assertThat(view.lastSummary().scored()).isEqualTo(2);
    assertThat(view.lastSummary().rejected()).isEqualTo(3);

    Anchor download = _get(Anchor.class, s -> s.withId("download-scored"));
    List<String> lines = new String(DownloadKt._download(download), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0)).isEqualTo(
        "customer_id,age,gender,balance,recency_days,frequency,monetary,branch,segment_id,segment_name,probability,action,"
            + "runner_up_segment_id,runner_up_segment_name,reasons,error");
    ScoreResult c1 = runs.current().scorer().score(new CustomerInput(12, 2, 1850.5, 34, 25000, Gender.F));
    assertThat(lines.get(1)).startsWith("C1,34,F,25000,12,2,1850.50,Pune," + c1.clusterId() + "," + c1.clusterName() + ","
        + String.format(Locale.ROOT, "%.4f", c1.probabilityOf(c1.clusterId())));
    Explanation why = new Explainer(runs.current().bundle()).explain(c1);
    assertThat(lines.get(1)).contains("," + why.runnerUpId() + "," + why.runnerUpName() + ",")
        .contains(why.reasons().get(0).describe()).endsWith(",");
    assertThat(lines.get(2)).startsWith("C2,,M,1000,").endsWith(",,,,,,,,age is empty: give age or date_of_birth");
    assertThat(lines.get(3)).endsWith(",,,,,,,,\"gender = X: expected M, F or U (unknown)\"");
    assertThat(lines.get(4)).endsWith("balance = -5: expected a number >= 0");
    ScoreResult c5 = runs.current().scorer().score(new CustomerInput(70, 1, 25000, 62, 880000, Gender.M));
    assertThat(lines.get(5)).startsWith("C5,62,m,880000,70,1,25000,Mumbai," + c5.clusterId() + ",");
    assertThat(java.nio.file.Files.readString(java.nio.file.Path.of(AUDIT_LOG)))
        .contains("event=batch-scoring user=\"asha\" file=\"customers.csv\" rows=5 scored=2");
  }

  @Test
  void theTemplateHasTheExpectedHeaderAndOneExampleRow() {
    loginAsAnalyst();
    navigate(BatchScoringView.class);
    Anchor template = _get(Anchor.class, s -> s.withId("download-template"));
    List<String> lines = new String(DownloadKt._download(template), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo("customer_id,age,gender,balance,recency_days,frequency,monetary");
    // The template scores as it is: its example row comes back with a segment.
    BatchScoringView view = upload("template.csv", "text/csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    assertThat(view.lastSummary().scored()).isEqualTo(1);
  }

  @Test
  void aFileWithABrokenQuoteIsRefusedNamingLineAndColumnWithoutTheParsersMessage() {
    BatchScoringView view = upload("broken.csv", "text/csv",
        "customer_id,age,gender,balance,recency_days,frequency,monetary\nC1,\"3\"4),F,1,1,1,1\n".getBytes(StandardCharsets.UTF_8));
    assertThat(view.errorMessage()).startsWith("The file is not valid CSV at line 2, column ")
        .doesNotContain("Unexpected character", "code", "reference chain", "java.");
  }

  @Test
  void aFileThatIsNotCsvIsRefusedWithAClearMessage() {
    BatchScoringView view = upload("customers.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        new byte[] {'P', 'K', 3, 4, 0, 0});
    assertThat(view.errorMessage()).isEqualTo("\"customers.xlsx\" is not a CSV file: expected a .csv file of comma-separated values.");
    assertThat(view.lastSummary()).isNull();
    assertThat(NotificationsKt.getNotifications()).isNotEmpty();
  }

  @Test
  void aSpreadsheetRenamedToCsvIsRefusedByItsContent() {
    BatchScoringView view = upload("customers.csv", "text/csv", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    assertThat(view.errorMessage()).startsWith("\"customers.csv\" is a spreadsheet or archive, not a CSV file");
  }

  @Test
  void aFileOverTheConfiguredLimitIsRefused() {
    // The test configuration sets segment.ui.max-upload-mb = 1.
    StringBuilder big = new StringBuilder("customer_id,age,gender,balance,recency_days,frequency,monetary\n");
    while (big.length() <= 1024 * 1024) {
      big.append("C1,34,F,25000,12,2,1850.50\n");
    }
    BatchScoringView view = upload("big.csv", "text/csv", big.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(view.errorMessage()).isEqualTo(
        "The file is larger than the limit of 1 MB (segment.ui.max-upload-mb): split it into smaller files.");
    assertThat(view.lastSummary()).isNull();
  }

  @Test
  void aHeaderWithoutTheRequiredColumnsNamesThem() {
    BatchScoringView view = upload("c.csv", "text/csv", "id,age,gender\nC1,30,F\n".getBytes(StandardCharsets.UTF_8));
    assertThat(view.errorMessage()).startsWith("The header lacks the columns balance, recency_days, frequency, monetary");
  }
}
