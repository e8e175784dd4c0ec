package com.banksegment.ui.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.SettingsConfiguration;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.overview.ui.OverviewView;
import com.banksegment.ui.predict.ui.PredictView;
import com.banksegment.ui.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A lake with nothing published: every page explains that instead of failing. */
class ModelUnavailableViewTest extends KaribuTest {

  @DynamicPropertySource
  static void emptyLake(DynamicPropertyRegistry registry) {
    // After the base class's five overrides: a later override wins.
    registry.add(SettingsConfiguration.OVERRIDES + "[5]", () -> "segment.lake.root=" + FixtureLake.empty("nothing-published").root());
  }

  @Test
  void everyPageShowsWhyThereIsNoModelAndWhatToDo() {
    loginAsAnalyst();
    for (Class<? extends com.vaadin.flow.component.Component> view : java.util.List.of(OverviewView.class, PredictView.class)) {
      UI.getCurrent().navigate(view);
      ModelUnavailableView page = _get(ModelUnavailableView.class);
      assertThat(page.reason()).contains("No model has been published yet", "published/_LATEST does not exist");
      assertThat(_get(MainLayout.class).getElement().getTextRecursively()).contains("No model published");
    }
  }
}
