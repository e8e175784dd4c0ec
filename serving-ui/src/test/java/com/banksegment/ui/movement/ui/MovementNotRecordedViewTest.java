package com.banksegment.ui.movement.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.SettingsConfiguration;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.support.KaribuTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A lake published before the pipeline wrote the migration tables: the page says so plainly. */
class MovementNotRecordedViewTest extends KaribuTest {
  @DynamicPropertySource
  static void olderLake(DynamicPropertyRegistry registry) {
    registry.add(SettingsConfiguration.OVERRIDES + "[5]", () -> "segment.lake.root="
        + FixtureLake.create("no-movement-tables").deleteTable("segment_migration", FixtureLake.RUN_DATE)
            .deleteTable("segment_movers", FixtureLake.RUN_DATE).root());
  }

  @Test
  void saysTheRunHasNoMovementFigures() {
    loginAsAnalyst();
    navigate(MovementView.class);
    assertThat(_get(Paragraph.class, s -> s.withId("movement-none")).getText()).isEqualTo("Run 2016-10-21 has no"
        + " movement figures: it was published before the pipeline recorded movement between runs.");
    assertThat(_find(Grid.class)).isEmpty();
  }
}
