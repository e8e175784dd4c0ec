package com.banksegment.ui.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Gender;
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
 * End to end in a real browser against the packaged app (production front end, -Xmx512m):
 * sign in, look around, predict a customer, upload a CSV and download it scored; then a viewer
 * is kept out of customer-level pages. Screenshots land in target/e2e/screenshots.
 */
class ServingUiBrowserIT {
  private static final Path WORK = Path.of("target", "e2e").toAbsolutePath();
  private final FixtureRun fixture = FixtureRun.latest();
  private final Scorer scorer = new Scorer(fixture.bundle());

  @Test
  void analystPredictsAndScoresAFileWhileAViewerIsKeptOutOfCustomerData() throws Exception {
    FixtureLake lake = FixtureLake.create("e2e");
    try (PackagedApp app = PackagedApp.start(lake.root(), TestUsers.CONFIG, WORK.resolve("app.log"));
        Browser b = new Browser(WORK)) {
      System.out.printf("serving-ui: ready (sign-in page answers, run loaded) %d ms after the JVM was started%n", app.startMillis());
      assertThat(app.log()).contains("Serving UI ready at " + app.url());

      b.driver.get(app.url());
      b.wait.until(urlContains("/login"));
      b.wait.until(visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[type=password]")));
      b.screenshot("01-sign-in");
      signIn(b, TestUsers.ANALYST, TestUsers.ANALYST_PASSWORD);

      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Segment overview']")));
      waitForCharts(b, 2);
      assertThat(b.driver.findElements(By.cssSelector("vaadin-side-nav-item"))).hasSize(6);
      b.screenshot("02-overview");

      b.driver.get(app.url() + "model");
      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Model quality']")));
      waitForCharts(b, 3);
      b.screenshot("03-model");

      b.driver.get(app.url() + "segments");
      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Segment explorer']")));
      waitForCharts(b, 3);
      b.screenshot("04-segment-explorer");

      b.driver.get(app.url() + "customers");
      type(b, "#customer-id input", fixture.customer(42).id());
      b.driver.findElement(By.id("lookup-button")).click();
      b.wait.until(textToBe(By.id("lookup-segment"), fixture.customer(42).segmentName()));
      b.screenshot("05-customer-lookup");

      predict(b, app);
      scoreAFile(b, app);

      click(b, b.driver.findElement(By.id("sign-out")));
      b.wait.until(urlContains("/login"));
      signIn(b, TestUsers.VIEWER, TestUsers.VIEWER_PASSWORD);
      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Segment overview']")));
      assertThat(b.driver.findElements(By.cssSelector("vaadin-side-nav-item"))).extracting(WebElement::getText)
          .containsExactly("Overview", "Model", "Segment explorer");
      b.driver.get(app.url() + "customers");
      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='This page is not available']")));
      assertThat(b.driver.findElements(By.id("customer-id"))).as("no lookup for a viewer").isEmpty();
      b.screenshot("08-viewer-kept-out");
      System.out.printf("serving-ui: peak resident memory %d MB (heap limit 512 MB)%n", app.peakRssMb());
    }
  }

  private void predict(Browser b, PackagedApp app) throws Exception {
    b.driver.get(app.url() + "predict");
    b.wait.until(visibilityOfElementLocated(By.id("predict-button")));
    type(b, "#age input", "34");
    type(b, "#balance input", "25000");
    type(b, "#recency-days input", "12");
    type(b, "#frequency input", "2");
    type(b, "#monetary input", "1850.50");
    b.driver.findElement(By.id("gender")).click();
    b.wait.until(visibilityOfElementLocated(By.xpath("//vaadin-select-item[normalize-space(.)='Female']"))).click();
    click(b, b.driver.findElement(By.id("predict-button")));
    ScoreResult expected = scorer.score(new CustomerInput(12, 2, 1850.5, 34, 25_000, Gender.F));
    b.wait.until(textToBe(By.id("predicted-segment"), expected.clusterName()));
    assertThat(b.driver.findElement(By.id("suggested-action")).getText()).contains(expected.action());
    waitForCharts(b, 2);
    b.screenshot("06-predict");
  }

  private void scoreAFile(Browser b, PackagedApp app) throws Exception {
    List<String> lines = new ArrayList<>(List.of("customer_id,age,gender,balance,recency_days,frequency,monetary"));
    for (int i = 0; i < 200; i++) {
      CustomerInput c = fixture.customer(i).input();
      lines.add(String.format(Locale.ROOT, "%s,%.0f,%s,%.2f,%.0f,%.0f,%.2f", fixture.customer(i).id(), c.age(),
          c.gender(), c.balance(), c.recencyDays(), c.frequency(), c.monetary()));
    }
    lines.add("BAD1,34,F,-1,12,2,100");
    lines.add("BAD2,,M,100,1,1,10");
    Path csv = Files.write(WORK.resolve("customers-e2e.csv"), lines);

    b.driver.get(app.url() + "batch");
    WebElement upload = b.wait.until(presenceOfElementLocated(By.id("batch-upload")));
    upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
    WebElement download = b.wait.until(visibilityOfElementLocated(By.cssSelector("#download-scored vaadin-button")));
    b.screenshot("07-batch-scoring");
    click(b, download);
    Path scored = b.downloads.resolve("customers-e2e-scored.csv");
    b.wait.withTimeout(Duration.ofSeconds(30)).until(d -> Files.exists(scored)
        && !Files.exists(b.downloads.resolve("customers-e2e-scored.csv.crdownload")));
    List<String> out = Files.readAllLines(scored);
    assertThat(out).hasSize(lines.size());
    assertThat(out.get(0)).endsWith(",segment_id,segment_name,probability,action,error");
    for (int i = 0; i < 200; i++) {
      assertThat(out.get(i + 1)).startsWith(lines.get(i + 1) + "," + fixture.customer(i).segmentId() + ",");
    }
    assertThat(out.get(201)).endsWith("balance = -1: expected a number >= 0");
    assertThat(out.get(202)).endsWith("age is empty: give age or date_of_birth");
  }

  private static void signIn(Browser b, String user, String password) {
    WebElement name = b.wait.until(visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[type=text]")));
    name.sendKeys(user);
    b.driver.findElement(By.cssSelector("vaadin-login-form input[type=password]")).sendKeys(password, Keys.ENTER);
  }

  /** Pages scroll inside the app layout, not the window: bring the element into view first. */
  private static void click(Browser b, WebElement element) {
    b.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private static void type(Browser b, String css, String text) {
    WebElement input = b.wait.until(visibilityOfElementLocated(By.cssSelector(css)));
    input.clear();
    input.sendKeys(text, Keys.TAB);
  }

  /** Waits until the page has at least this many charts and each has drawn on its canvas. */
  private static void waitForCharts(Browser b, int count) {
    b.wait.until(d -> Boolean.TRUE.equals(b.driver.executeScript(
        "const charts = [...document.querySelectorAll('bank-chart')];"
            + "return charts.length >= arguments[0] && charts.every(c => {"
            + "const canvas = c.shadowRoot && c.shadowRoot.querySelector('canvas');"
            + "return canvas && canvas.width > 0 && canvas.height > 0; });", count)));
  }
}
