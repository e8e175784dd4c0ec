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
import com.banksegment.ui.support.TestActions;
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
 * End to end in a real browser against the packaged app (production front end, -Xmx512m, the
 * Content-Security-Policy and the login CSRF token in force): sign in, look around (every page's
 * tables and charts fit a 1366 px screen, the header a 390 px phone), look a customer up in lower
 * case, predict a customer and watch the answer go stale, build an audience, export it and find
 * the export in the audit log, upload a CSV and download it scored with its formulas
 * neutralised; then a viewer is kept out of customer-level pages, with a titled page.
 * Screenshots land in target/e2e/screenshots.
 */
class ServingUiBrowserIT {
  private static final Path WORK = Path.of("target", "e2e").toAbsolutePath();
  private final FixtureRun fixture = FixtureRun.latest();
  private final Scorer scorer = new Scorer(fixture.bundle());

  @Test
  void analystPredictsAndScoresAFileWhileAViewerIsKeptOutOfCustomerData() throws Exception {
    FixtureLake lake = FixtureLake.create("e2e");
    Path auditLog = WORK.resolve("audit.log");
    Files.deleteIfExists(auditLog);
    try (PackagedApp app = PackagedApp.start(lake.root(), TestUsers.CONFIG, WORK.resolve("app.log"),
        "segment.ui.audit-log=" + auditLog, TestActions.CONF);
        Browser b = new Browser(WORK)) {
      System.out.printf("serving-ui: ready (sign-in page answers, run loaded) %d ms after the JVM was started%n", app.startMillis());
      assertThat(app.log()).contains("Serving UI ready at " + app.url());

      b.size(1366, 900);
      b.driver.get(app.url());
      b.wait.until(urlContains("/login"));
      b.wait.until(visibilityOfElementLocated(By.cssSelector("vaadin-login-form input[type=password]")));
      assertThat(b.driver.findElements(By.cssSelector("link[rel=icon][href*='favicon.svg']"))).as("favicon").isNotEmpty();
      b.screenshot("01-sign-in");
      signIn(b, TestUsers.ANALYST, TestUsers.ANALYST_PASSWORD);

      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Segment overview']")));
      waitForCharts(b, 2);
      assertThat(b.driver.findElements(By.cssSelector("vaadin-side-nav-item"))).hasSize(10);
      b.screenshot("02-overview");
      assertFitsWithoutSidewaysScrolling(b, "overview");

      b.driver.get(app.url() + "model");
      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Model quality']")));
      waitForCharts(b, 3);
      b.screenshot("03-model");
      assertFitsWithoutSidewaysScrolling(b, "model");

      b.driver.get(app.url() + "segments");
      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Segment explorer']")));
      waitForCharts(b, 3);
      b.screenshot("04-segment-explorer");
      assertFitsWithoutSidewaysScrolling(b, "segment explorer");

      b.driver.get(app.url() + "compare");
      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Compare runs']")));
      waitForCharts(b, 1);
      b.screenshot("04b-compare-runs");
      assertFitsWithoutSidewaysScrolling(b, "compare runs");

      b.driver.get(app.url() + "movement");
      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Segment movement']")));
      waitForCharts(b, 1);
      assertThat(b.driver.findElement(By.id("movement-flows")).getText()).contains(" customers moved from ");
      assertThat(b.driver.findElements(By.id("movement-matrix"))).as("the from/to heat map").hasSize(1);
      List<String> winBack = winBackMoverIds();
      assertThat(winBack).as("the fixture's latest run has movers into a win-back segment").isNotEmpty();
      b.wait.until(visibilityOfElementLocated(By.id("winback-movers")));
      b.wait.until(d -> {
        String shown = pageText(b);
        return winBack.stream().anyMatch(shown::contains);
      });
      b.screenshot("04c-movement");
      assertFitsWithoutSidewaysScrolling(b, "movement");

      b.driver.get(app.url() + "customers");
      // Any case finds the customer.
      type(b, "#customer-id input", fixture.customer(42).id().toLowerCase(Locale.ROOT));
      b.driver.findElement(By.id("lookup-button")).click();
      b.wait.until(textToBe(By.id("lookup-segment"), fixture.customer(42).segmentName()));
      b.screenshot("05-customer-lookup");

      predict(b, app);
      exportAnAudience(b, app, auditLog);
      scoreAFile(b, app);

      b.size(390, 844);
      b.driver.get(app.url());
      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Segment overview']")));
      WebElement bar = b.driver.findElement(By.cssSelector(".top-bar"));
      assertThat(bar.getSize().getHeight()).as("the header stays one line at 390 px").isLessThanOrEqualTo(64);
      assertThat((Boolean) b.driver.executeScript("const e = document.querySelector('.top-bar');"
          + "return e.scrollWidth <= e.clientWidth + 1;")).as("nothing of the header is cut off").isTrue();
      b.screenshot("08a-phone-header");
      b.size(1366, 900);

      click(b, b.driver.findElement(By.id("sign-out")));
      b.wait.until(urlContains("/login"));
      signIn(b, TestUsers.VIEWER, TestUsers.VIEWER_PASSWORD);
      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Segment overview']")));
      assertThat(b.driver.findElements(By.cssSelector("vaadin-side-nav-item"))).extracting(WebElement::getText)
          .containsExactly("Overview", "Model", "Segment explorer", "Compare runs", "Movement", "Downloads");
      b.driver.get(app.url() + "movement");
      b.wait.until(visibilityOfElementLocated(By.id("winback-viewer")));
      assertThat(b.driver.findElements(By.id("winback-movers"))).as("no mover list for a viewer").isEmpty();
      assertThat(b.driver.findElement(By.id("winback-count")).getText()).contains(" moved into ");
      String viewerPage = pageText(b);
      assertThat(winBackMoverIds()).noneMatch(viewerPage::contains);
      b.screenshot("08c-viewer-movement");
      b.driver.get(app.url() + "customers");
      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='This page is not available']")));
      assertThat(b.driver.findElements(By.id("customer-id"))).as("no lookup for a viewer").isEmpty();
      b.wait.until(d -> "Not available · Customer Segments".equals(d.getTitle()));
      b.driver.get(app.url() + "audiences");
      b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='This page is not available']")));
      assertThat(b.driver.findElements(By.id("audience-count"))).as("no audiences for a viewer").isEmpty();
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
    // The select's overlay may miss a click on a busy machine: choose until the select shows it.
    b.wait.until(d -> {
      if (!Boolean.TRUE.equals(b.driver.executeScript("const v = document.querySelector('#gender vaadin-select-value-button');"
          + "return !!v && v.textContent.includes('Female');"))) {
        click(b, b.driver.findElement(By.id("gender")));
        b.wait.until(visibilityOfElementLocated(By.xpath("//vaadin-select-item[normalize-space(.)='Female']"))).click();
        return false;
      }
      return true;
    });
    click(b, b.driver.findElement(By.id("predict-button")));
    ScoreResult expected = scorer.score(new CustomerInput(12, 2, 1850.5, 34, 25_000, Gender.F));
    try {
      // textContent, not Selenium's visible text: the answer may sit above the scrolled viewport.
      b.wait.until(d -> expected.clusterName().equals(b.driver.executeScript(
          "const e = document.getElementById('predicted-segment'); return e ? e.textContent : null;")));
    } catch (org.openqa.selenium.TimeoutException e) {
      b.screenshot("06-predict-failed");
      throw e;
    }
    // The answer is rebuilt on every valid change: read it by id each time, never hold the element.
    b.wait.until(d -> String.valueOf(b.driver.executeScript("const e = document.getElementById('suggested-action');"
        + "if (e) { e.scrollIntoView({block: 'center'}); } return e ? e.textContent : '';")).contains(expected.action()));
    waitForCharts(b, 2);
    b.screenshot("06-predict");
    assertFitsWithoutSidewaysScrolling(b, "predict");
    // An invalid balance: the answer on show is marked as the previous inputs' answer.
    type(b, "#balance input", "-1");
    b.wait.until(visibilityOfElementLocated(By.id("prediction-stale")));
    b.screenshot("06b-predict-stale");
    type(b, "#balance input", "25000");
    b.wait.until(d -> d.findElements(By.id("prediction-stale")).isEmpty());
  }

  /** Filter, count, export and the audit line: the audience page end to end. */
  private void exportAnAudience(Browser b, PackagedApp app, Path auditLog) throws Exception {
    b.driver.get(app.url() + "audiences");
    b.wait.until(visibilityOfElementLocated(By.xpath("//h2[text()='Campaign audiences']")));
    int total = fixture.customers().size();
    b.wait.until(d -> d.findElement(By.id("audience-count")).getText().startsWith(
        com.banksegment.ui.base.ui.Formats.count(total) + " of "));
    int segment = fixture.sizes().entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    String name = fixture.bundle().cluster(segment).name();
    WebElement segments = b.driver.findElement(By.cssSelector("#filter-cluster-id input"));
    segments.click();
    segments.sendKeys(name);
    b.wait.until(visibilityOfElementLocated(By.xpath("//vaadin-multi-select-combo-box-item[normalize-space(.)=\""
        + name + "\"]"))).click();
    segments.sendKeys(Keys.ESCAPE);
    long expected = fixture.customersIn(segment);
    String expectedCount = com.banksegment.ui.base.ui.Formats.count(expected) + " of " + com.banksegment.ui.base.ui.Formats.count(total);
    b.wait.until(d -> d.findElement(By.id("audience-count")).getText().startsWith(expectedCount));
    b.screenshot("06c-audience");
    assertFitsWithoutSidewaysScrolling(b, "audiences");
    click(b, b.driver.findElement(By.cssSelector("#export-csv vaadin-button")));
    Path exported = b.downloads.resolve("audience-" + fixture.runDate() + ".csv");
    b.wait.withTimeout(Duration.ofSeconds(30)).until(d -> Files.exists(exported)
        && !Files.exists(b.downloads.resolve(exported.getFileName() + ".crdownload")));
    List<String> rows = Files.readAllLines(exported);
    assertThat(rows).hasSize((int) expected + 1);
    assertThat(rows.get(0)).startsWith("customer_id,segment_id,segment_name,action");
    assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.split(",")[1]).isEqualTo(String.valueOf(segment)));
    b.wait.until(d -> {
      try {
        return Files.exists(auditLog) && Files.readString(auditLog).contains("event=export user=\"" + TestUsers.ANALYST
            + "\" what=\"audience of run " + fixture.runDate() + "\" format=\"csv\" filter=\"Segments in [" + segment
            + "]\" rows=" + expected);
      } catch (java.io.IOException e) {
        return false;
      }
    });
    assertThat(Files.readString(auditLog)).contains("event=sign-in outcome=\"success\" user=\"" + TestUsers.ANALYST + "\"")
        .doesNotContain(TestUsers.ANALYST_PASSWORD);
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
    lines.add("=1+2,34,F,100,12,2,100");
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
    assertThat(out.get(0)).endsWith(",segment_id,segment_name,probability,action,runner_up_segment_id,runner_up_segment_name,"
        + "reasons,error");
    for (int i = 0; i < 200; i++) {
      assertThat(out.get(i + 1)).startsWith(lines.get(i + 1) + "," + fixture.customer(i).segmentId() + ",");
    }
    assertThat(out.get(201)).endsWith("balance = -1: expected a number >= 0");
    assertThat(out.get(202)).endsWith("age is empty: give age or date_of_birth");
    assertThat(out.get(203)).as("a formula comes back as text").startsWith("'=1+2,34,F,100,12,2,100,");
    assertThat(Files.readString(WORK.resolve("audit.log"))).contains("event=batch-scoring user=\"" + TestUsers.ANALYST
        + "\" file=\"customers-e2e.csv\" rows=203 scored=201");

    // A broken quote: refused with the line and column in plain words, never the parser's message.
    Path broken = Files.writeString(WORK.resolve("broken.csv"),
        "customer_id,age,gender,balance,recency_days,frequency,monetary\nC1,\"3\"4),F,1,1,1,1\n");
    b.driver.navigate().refresh();
    WebElement again = b.wait.until(presenceOfElementLocated(By.id("batch-upload")));
    again.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(broken.toString());
    b.wait.until(d -> d.findElement(By.id("batch-error")).getText().startsWith("The file is not valid CSV at line 2, column "));
    assertThat(b.driver.findElement(By.id("batch-error")).getText()).doesNotContain("Unexpected character", "java.",
        "reference chain");
  }

  /** The customers of the latest run who moved into a segment the test catalogue marks for win-back. */
  private static List<String> winBackMoverIds() {
    java.util.Set<Object> winBack = new java.util.HashSet<>();
    var catalogue = TestActions.catalogue();
    for (var r : FixtureRun.rows(FixtureLake.shared().table("segment_profiles", FixtureLake.RUN_DATE))) {
      if (catalogue.isWinBackSegment((String) r.get("segment_name"))) {
        winBack.add(((Number) r.get("cluster_id")).intValue());
      }
    }
    return FixtureRun.rows(FixtureLake.shared().table("segment_movers", FixtureLake.RUN_DATE)).stream()
        .filter(r -> winBack.contains(((Number) r.get("to_cluster_id")).intValue()))
        .map(r -> (String) r.get("customer_id")).toList();
  }

  /** All text of the page's DOM, grids' cells included (they are in the light DOM). */
  private static String pageText(Browser b) {
    return (String) b.driver.executeScript("return document.body.textContent;");
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

  /**
   * Nothing scrolls sideways: not the page, not a panel (the confusion matrix is in one), not a
   * grid's own table. The window is 1366 px wide, a common laptop.
   */
  private static void assertFitsWithoutSidewaysScrolling(Browser b, String page) {
    Object overflow = b.driver.executeScript(
        "const out = [];"
            + "const doc = document.scrollingElement;"
            + "if (doc.scrollWidth > doc.clientWidth + 1) out.push('page ' + doc.scrollWidth + ' > ' + doc.clientWidth);"
            + "document.querySelectorAll('.panel, .run-view, bank-chart').forEach(e => {"
            + "  if (e.scrollWidth > e.clientWidth + 1) out.push((e.querySelector('h3') || e).textContent.slice(0, 40)"
            + "    + ' ' + e.scrollWidth + ' > ' + e.clientWidth); });"
            + "document.querySelectorAll('vaadin-grid').forEach(g => {"
            + "  const t = g.shadowRoot && g.shadowRoot.querySelector('#table');"
            + "  if (t && t.scrollWidth > t.clientWidth + 1) out.push('grid ' + (g.id || '') + ' ' + t.scrollWidth + ' > ' + t.clientWidth); });"
            + "return out.join('; ');");
    assertThat((String) overflow).as("sideways scrolling on the %s page at 1366 px", page).isEmpty();
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
