package com.banksegment.ui.movement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.SettingsConfiguration;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.support.KaribuTest;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The fixture's earlier run served: the first publish, with no previous run to compare with. */
class MovementFirstPublishViewTest extends KaribuTest {
  @DynamicPropertySource
  static void earlierRunServed(DynamicPropertyRegistry registry) {
    registry.add(SettingsConfiguration.OVERRIDES + "[5]", () -> "segment.lake.root="
        + FixtureLake.create("first-publish").pointTo(FixtureLake.EARLIER.toString()).root());
  }

  @Test
  void saysThereIsNoEarlierRunAndEveryCustomerIsNew() {
    loginAsAnalyst();
    navigate(MovementView.class);
    assertThat(_get(Paragraph.class, s -> s.withId("movement-none")).getText()).isEqualTo("Run 2016-09-30 is the"
        + " first published run: there is no earlier run to compare it with, so all "
        + Formats.count(runs.current().customers()) + " customers are new.");
    assertThat(_find(MovementMatrix.class)).isEmpty();
  }
}
