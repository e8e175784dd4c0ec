package com.banksegment.ui.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.ui.audience.service.AudienceService;
import com.banksegment.ui.audience.ui.AudienceView;
import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.compare.ui.CompareRunsView;
import com.banksegment.ui.download.service.TableDownloads;
import com.banksegment.ui.download.ui.DownloadsView;
import com.banksegment.ui.base.ui.MainLayout.NavEntry;
import com.banksegment.ui.batch.ui.BatchScoringView;
import com.banksegment.ui.customer.service.CustomerLookupService;
import com.banksegment.ui.customer.ui.CustomerLookupView;
import com.banksegment.ui.explorer.ui.SegmentExplorerView;
import com.banksegment.ui.model.ui.ModelView;
import com.banksegment.ui.movement.service.MovementService;
import com.banksegment.ui.movement.ui.MovementView;
import com.banksegment.ui.overview.ui.OverviewView;
import com.banksegment.ui.predict.ui.PredictView;
import com.banksegment.ui.security.ui.LoginView;
import com.banksegment.ui.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Who may open what: every page needs a sign-in; customer-level pages and services are for analysts. */
class ViewAccessTest extends KaribuTest {
  static final List<Class<? extends Component>> DASHBOARDS = List.of(OverviewView.class, ModelView.class,
      SegmentExplorerView.class, CompareRunsView.class, MovementView.class, DownloadsView.class);
  static final List<Class<? extends Component>> CUSTOMER_LEVEL = List.of(CustomerLookupView.class, PredictView.class,
      BatchScoringView.class, AudienceView.class);

  @Autowired
  CustomerLookupService lookup;

  @Autowired
  AudienceService audiences;

  @Autowired
  TableDownloads downloads;

  @Autowired
  MovementService movement;

  @Test
  void everyPageSendsAnAnonymousVisitorToTheSignInPage() {
    for (NavEntry page : MainLayout.NAVIGATION) {
      UI.getCurrent().navigate(page.path());
      assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
          .as("anonymous visit of /%s", page.path()).isInstanceOf(LoginView.class);
    }
  }

  @Test
  void aViewerSeesTheDashboardsOnly() {
    loginAsViewer();
    for (Class<? extends Component> view : DASHBOARDS) {
      UI.getCurrent().navigate(view);
      _get(view);
    }
    assertThat(_get(MainLayout.class).navigationLabels()).containsExactly("Overview", "Model", "Segment explorer",
        "Compare runs", "Movement", "Downloads");
  }

  @Test
  void aViewerCannotOpenCustomerLevelPages() {
    loginAsViewer();
    for (Class<? extends Component> view : CUSTOMER_LEVEL) {
      assertThatThrownBy(() -> UI.getCurrent().navigate(view)).as(view.getSimpleName())
          .isInstanceOf(MockAccessDeniedException.class);
    }
  }

  @Test
  void aViewerCannotCallTheCustomerLookupServiceEither() {
    loginAsViewer();
    assertThatThrownBy(() -> lookup.find("C1000001")).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aViewerGetsNoCustomerLevelDataFromTheAudienceOrDownloadServices() throws Exception {
    loginAsViewer();
    var run = runs.current();
    assertThatThrownBy(() -> audiences.summarize(run, com.banksegment.ui.audience.domain.AudienceFilter.EVERYONE))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> audiences.exportCsv(run, com.banksegment.ui.audience.domain.AudienceFilter.EVERYONE,
        java.io.OutputStream.nullOutputStream())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> downloads.customers(run, java.io.OutputStream.nullOutputStream()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> movement.winBackMovers(run, 10)).isInstanceOf(AccessDeniedException.class);
    // Movement counts are theirs.
    assertThat(movement.migration(run)).isPresent();
    assertThatThrownBy(() -> downloads.aggregate(run, TableDownloads.CUSTOMERS, java.io.OutputStream.nullOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
    // The segment-level tables are theirs.
    assertThat(downloads.aggregate(run, "segment_profiles", java.io.OutputStream.nullOutputStream()))
        .isEqualTo(run.segments().size());
    // The downloads page offers them nothing customer-level.
    UI.getCurrent().navigate(DownloadsView.class);
    assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Anchor.class))
        .extracting(a -> a.getId().orElse("")).contains("download-segment-profiles")
        .doesNotContain("download-customer-segments");
  }

  @Test
  void nobodyCanCallTheCustomerLookupServiceWithoutSigningIn() {
    assertThatThrownBy(() -> lookup.find("C1000001")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }

  @Test
  void anAnalystOpensEveryPage() {
    loginAsAnalyst();
    for (NavEntry page : MainLayout.NAVIGATION) {
      UI.getCurrent().navigate(page.path());
    }
    for (Class<? extends Component> view : CUSTOMER_LEVEL) {
      UI.getCurrent().navigate(view);
      _get(view);
    }
    assertThat(_get(MainLayout.class).navigationLabels()).containsExactly("Overview", "Model", "Segment explorer",
        "Compare runs", "Movement", "Downloads", "Audiences", "Customer lookup", "Predict", "Batch scoring");
  }
}
