package com.banksegment.ui.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.scorer.Explainer;
import com.banksegment.scorer.Explanation;
import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.ui.scoring.ui.ExplanationPanel;
import com.banksegment.ui.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class CustomerLookupViewTest extends KaribuTest {
  private final FixtureRun fixture = FixtureRun.latest();

  @Test
  void findsACustomerWithTheSegmentTheModelGaveAndTheRfmScores() {
    loginAsAnalyst();
    CustomerLookupView view = navigate(CustomerLookupView.class);
    int n = fixture.customers().size();
    for (int i : new int[] {0, n / 2, n - 1}) {
      FixtureRun.Customer c = fixture.customer(i);
      String id = c.id();
      HasValueUtilsKt._setValue(view.customerId, id);
      ButtonKt._click(view.search);
      assertThat(_get(view.result, H3.class, s -> s.withId("lookup-segment")).getText())
          .isEqualTo(c.segmentName());
      // The table's segment is the scorer's nearest centre for the same inputs.
      assertThat(runs.current().scorer().score(c.input()).clusterId()).isEqualTo(c.segmentId());
      String text = view.result.getElement().getTextRecursively();
      assertThat(text).contains("Customer " + id, c.rfmScore(), c.rfmSegment(), c.rScore() + " / 5", c.fScore() + " / 5",
          c.mScore() + " / 5", "segment id " + c.segmentId());
      Explanation why = new Explainer(runs.current().bundle()).explain(runs.current().scorer().score(c.input()));
      ExplanationPanel panel = _get(view.result, ExplanationPanel.class);
      assertThat(panel.getElement().getTextRecursively()).contains("Rather than " + why.runnerUpName());
      assertThat(panel.reasons()).hasSize(why.reasons().size()).first().asString()
          .startsWith(why.reasons().get(0).describe());
    }
  }

  @Test
  void theIdMayBeTypedInAnyCase() {
    loginAsAnalyst();
    CustomerLookupView view = navigate(CustomerLookupView.class);
    FixtureRun.Customer c = fixture.customer(5);
    HasValueUtilsKt._setValue(view.customerId, c.id().toLowerCase(java.util.Locale.ROOT));
    ButtonKt._click(view.search);
    assertThat(_get(view.result, H3.class, s -> s.withId("lookup-segment")).getText()).isEqualTo(c.segmentName());
    assertThat(view.result.getElement().getTextRecursively()).contains("Customer " + c.id());
  }

  @Test
  void anIdOverSixtyFourCharactersIsRefusedWithAMessageNotCut() {
    loginAsAnalyst();
    CustomerLookupView view = navigate(CustomerLookupView.class);
    String tooLong = fixture.customer(0).id() + "X".repeat(70);
    HasValueUtilsKt._setValue(view.customerId, tooLong);
    ButtonKt._click(view.search);
    assertThat(view.customerId.isInvalid()).isTrue();
    assertThat(view.customerId.getErrorMessage())
        .isEqualTo("A customer ID has at most 64 characters; this one has " + tooLong.length());
    assertThat(view.result.getChildren().count()).isZero();
    assertThat(view.customerId.getMaxLength()).as("the browser does not cut it either").isGreaterThan(64);
  }

  @Test
  void anUnknownCustomerIsReportedAsNotFound() {
    loginAsAnalyst();
    CustomerLookupView view = navigate(CustomerLookupView.class);
    HasValueUtilsKt._setValue(view.customerId, "C9999999");
    ButtonKt._click(view.search);
    assertThat(_get(view.result, Paragraph.class, s -> s.withId("lookup-not-found")).getText())
        .isEqualTo("No customer C9999999 in run 2016-10-21.");
  }

  @Test
  void anEmptyOrMalformedIdIsRefusedBeforeAnyLookup() {
    loginAsAnalyst();
    CustomerLookupView view = navigate(CustomerLookupView.class);
    ButtonKt._click(view.search);
    assertThat(view.customerId.isInvalid()).isTrue();
    assertThat(view.customerId.getErrorMessage()).isEqualTo("Enter a customer ID");
    HasValueUtilsKt._setValue(view.customerId, "C1' OR '1'='1");
    ButtonKt._click(view.search);
    assertThat(view.customerId.getErrorMessage()).isEqualTo("A customer ID has letters, digits, '-' or '_' only");
    assertThat(view.result.getChildren().count()).isZero();
  }
}
