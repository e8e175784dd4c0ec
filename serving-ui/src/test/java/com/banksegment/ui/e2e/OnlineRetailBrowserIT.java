package com.banksegment.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.scorer.Scorer;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.ui.support.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The same packaged app, unchanged, on a run of the other built-in source (issue 14): the real
 * Online Retail France file through the real pipeline ({@code fixture-lake-france}, 87 customers,
 * a model of recency, frequency and monetary only). The pages follow the bundle's inputs: the
 * predict form asks for RFM only and scores, the lookup finds a real France customer and shows
 * three features, the batch template and columns have no age, gender or balance (the result adds
 * the explanation columns, whose reasons name RFM only), no page shows a chart or column of an
 * attribute the source does not have, and no prospects classifier is offered (the model page says why).
 */
class OnlineRetailBrowserIT {
  private static final Path WORK = Path.of("target", "e2e-france").toAbsolutePath();
  private final FixtureRun fixture = FixtureRun.france();
  private final Scorer scorer = new Scorer(fixture.bundle());

  @Test
  void aRunOfRfmOnlyWorksInTheUiWithoutCodeChanges() throws Exception {
    assertThat(fixture.bundle().features()).containsExactly("recency_days", "frequency", "monetary");
    FixtureLake lake = FixtureLake.france("e2e-france");
    try (PackagedApp app = PackagedApp.start(lake.root(), TestUsers.CONFIG, WORK.resolve("app.log"),
        "segment.ui.audit-log=" + WORK.resolve("audit.log"));
        Browser b = new Browser(WORK)) {
      b.size(1366, 900);
      b.driver.get(app.url());
      b.wait.until(urlContains("/login"));
      WebElement name = b.wait.until(visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[type=text]")));
      name.sendKeys(TestUsers.ANALYST);
      b.driver.findElement(By.cssSelector("vaadin-login-form input[type=password]"))
          .sendKeys(TestUsers.ANALYST_PASSWORD, Keys.ENTER);

      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Segment overview']")));
      b.wait.until(d -> d.findElement(By.cssSelector(".segment-grid")).getText().contains("Spend"));
      String overview = b.driver.findElement(By.cssSelector(".segment-grid")).getText();
      assertThat(overview).doesNotContain("Balance").doesNotContain("Age");
      b.screenshot("01-overview");

      b.driver.get(app.url() + "segments");
      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Segment explorer']")));
      b.wait.until(d -> !d.findElements(By.cssSelector("bank-chart")).isEmpty());
      assertThat(pageText(b)).doesNotContain("Account balance (INR)").doesNotContain("Gender");
      b.screenshot("02-explorer");

      // Lookup of a real customer of the France file.
      FixtureRun.Customer customer = fixture.customer(0);
      b.driver.get(app.url() + "customers");
      type(b, "#customer-id input", customer.id());
      b.driver.findElement(By.id("lookup-button")).click();
      b.wait.until(textToBe(By.id("lookup-segment"), customer.segmentName()));
      assertThat(pageText(b)).contains("Days since last transaction").doesNotContain("Account balance");
      b.screenshot("03-lookup");

      // Predict: only the RFM fields are shown, and they score. With them empty nothing is offered:
      // a model of RFM only has no prospects classifier (no attribute known at account opening).
      b.driver.get(app.url() + "predict");
      b.wait.until(visibilityOfElementLocated(By.id("predict-button")));
      for (String hidden : List.of("age", "balance", "gender")) {
        assertThat(b.driver.findElements(By.id(hidden))).as(hidden)
            .allSatisfy(e -> assertThat(e.isDisplayed()).as(hidden + " shown").isFalse());
      }
      click(b, b.driver.findElement(By.id("predict-button")));
      b.wait.until(visibilityOfElementLocated(By.cssSelector("#recency-days[invalid]")));
      assertThat(b.driver.findElements(By.id("prospect-segment"))).as("prospects offered").isEmpty();
      type(b, "#recency-days input", "12");
      type(b, "#frequency input", "3");
      type(b, "#monetary input", "850.50");
      click(b, b.driver.findElement(By.id("predict-button")));
      ScoreResult expected = scorer.score(CustomerInput.rfm(12, 3, 850.5));
      b.wait.until(d -> expected.clusterName().equals(b.driver.executeScript(
          "const e = document.getElementById('predicted-segment'); return e ? e.textContent : null;")));
      b.screenshot("04-predict");

      // Batch scoring with the three columns: the template has no attribute either.
      b.driver.get(app.url() + "batch");
      b.wait.until(presenceOfElementLocated(By.id("batch-upload")));
      assertThat(b.driver.findElement(By.cssSelector(".csv-example")).getText())
          .startsWith("customer_id,recency_days,frequency,monetary");
      List<String> lines = new ArrayList<>(List.of("customer_id,recency_days,frequency,monetary"));
      for (int i = 0; i < 20; i++) {
        CustomerInput c = fixture.customer(i).input();
        lines.add(String.format(Locale.ROOT, "%s,%.0f,%.0f,%.2f", fixture.customer(i).id(), c.recencyDays(),
            c.frequency(), c.monetary()));
      }
      Path csv = Files.write(WORK.resolve("france-e2e.csv"), lines);
      WebElement upload = b.wait.until(presenceOfElementLocated(By.id("batch-upload")));
      upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
      WebElement download = b.wait.until(visibilityOfElementLocated(By.cssSelector("#download-scored vaadin-button")));
      click(b, download);
      Path scored = b.downloads.resolve("france-e2e-scored.csv");
      b.wait.withTimeout(Duration.ofSeconds(30)).until(d -> Files.exists(scored)
          && !Files.exists(b.downloads.resolve("france-e2e-scored.csv.crdownload")));
      List<String> out = Files.readAllLines(scored);
      assertThat(out).hasSize(21);
      assertThat(out.get(0)).isEqualTo(lines.get(0) + ",segment_id,segment_name,probability,action,"
          + "runner_up_segment_id,runner_up_segment_name,reasons,error");
      for (int i = 0; i < 20; i++) {
        assertThat(out.get(i + 1)).startsWith(lines.get(i + 1) + "," + fixture.customer(i).segmentId() + ",");
        // Every row is explained, and the reasons name only the model's inputs.
        assertThat(out.get(i + 1)).contains("against a segment typical of")
            .doesNotContain(" years against", "balance ", "gender code");
      }
      b.screenshot("05-batch");

      // The model page: the served classifier among those compared, and why there are no prospects.
      b.driver.get(app.url() + "model");
      b.wait.until(visibilityOfElementLocated(By.id("classifier-comparison")));
      assertThat(b.driver.findElement(By.id("prospects-none")).getText())
          .contains("no customer attribute known at account opening");
      b.screenshot("06-model");
    }
  }

  private static String pageText(Browser b) {
    return String.valueOf(b.driver.executeScript("return document.body.innerText;"));
  }

  private static void click(Browser b, WebElement element) {
    b.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private static void type(Browser b, String css, String text) {
    WebElement input = b.wait.until(visibilityOfElementLocated(By.cssSelector(css)));
    input.clear();
    input.sendKeys(text, Keys.TAB);
  }
}
