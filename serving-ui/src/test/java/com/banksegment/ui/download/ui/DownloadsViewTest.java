package com.banksegment.ui.download.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.ui.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DownloadsViewTest extends KaribuTest {
  private static List<String> download(String id) {
    return new String(DownloadKt._download(_get(Anchor.class, s -> s.withId(id))), StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void anAnalystDownloadsEveryPublishedTableAsCsv() {
    loginAsAnalyst();
    navigate(DownloadsView.class);
    List<String> profiles = download("download-segment-profiles");
    assertThat(profiles.get(0)).startsWith("cluster_id,model_cluster_index,segment_name,action,customers,share");
    assertThat(profiles).hasSize(runs.current().segments().size() + 1);
    List<String> customers = download("download-customer-segments");
    assertThat(customers).hasSize(FixtureRun.latest().customers().size() + 1);
    assertThat(customers.get(0)).startsWith("customer_id,cluster_id,segment_name");
    assertThat(download("download-model-selection")).hasSize(FixtureRun.latest().selection().size() + 1);
    assertThat(download("download-model-metrics").get(0)).isEqualTo("metric,cluster_id,predicted_cluster_id,value");
  }
}
