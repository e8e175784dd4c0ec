package com.banksegment.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The reports' Chart.js comes from the pinned webjar, and a page carries each chart's spec beside its canvas. */
class ChartJsTest {

  @Test
  void theWebjarOnTheClassPathIsTheVersionTheWebAppAsksNpmFor() throws Exception {
    Properties webjar = new Properties();
    try (InputStream in = ChartJs.class.getClassLoader()
        .getResourceAsStream("META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
      assertThat(in).as("the chart.js webjar").isNotNull();
      webjar.load(in);
    }
    assertThat(webjar.getProperty("version")).isEqualTo(ChartJs.VERSION);
  }

  @Test
  void thePageScriptsAreChartJsAndTheRendererWithoutASourceMap() {
    String scripts = ChartJs.scripts();
    assertThat(scripts).contains("Chart.js v" + ChartJs.VERSION).contains("Chart.defaults")
        .contains("data-chart-for").doesNotContain("sourceMappingURL");
  }

  @Test
  void aCanvasCarriesItsSpecAndLakeDataCannotEndTheScript() {
    String html = ChartJs.canvas("top", ChartSpec.bar().labels(List.of("<b>ODD</script>"))
        .series("customers", new double[] {2}, Palette.PRIMARY));
    assertThat(html).startsWith("<canvas id=\"top\"></canvas><script type=\"application/json\" data-chart-for=\"top\">")
        .contains("ODD<\\/script>").doesNotContain("ODD</script>");
  }
}
