package com.banksegment.ui.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.fixture.FixtureModel;
import com.banksegment.ui.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

class CustomerLookupViewTest extends KaribuTest {
  private final FixtureModel fixture = FixtureLake.model(FixtureLake.RUN_DATE, FixtureLake.CUSTOMERS);

  @Test
  void findsACustomerWithTheSegmentTheScorerGaveAndTheRfmScores() {
    loginAsAnalyst();
    CustomerLookupView view = navigate(CustomerLookupView.class);
    for (int i : new int[] {0, 777, 1999}) {
      String id = fixture.customer(i).id();
      HasValueUtilsKt._setValue(view.customerId, id);
      ButtonKt._click(view.search);
      assertThat(_get(view.result, H3.class, s -> s.withId("lookup-segment")).getText())
          .isEqualTo(fixture.score(i).clusterName());
      int[] rfm = fixture.rfmScores(i);
      String text = view.result.getElement().getTextRecursively();
      assertThat(text).contains("Customer " + id, "" + rfm[0] + rfm[1] + rfm[2], fixture.rfmSegment(i),
          rfm[0] + " / 5", "segment id " + fixture.score(i).clusterId());
    }
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
