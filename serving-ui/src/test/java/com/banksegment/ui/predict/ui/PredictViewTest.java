package com.banksegment.ui.predict.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Explainer;
import com.banksegment.scorer.Explanation;
import com.banksegment.scorer.Gender;
import com.banksegment.scorer.ProspectScorer;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.predict.domain.CustomerForm.ActivitySource;
import com.banksegment.ui.predict.domain.CustomerForm.AgeSource;
import com.banksegment.ui.scoring.ui.ExplanationPanel;
import com.banksegment.ui.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.H3;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PredictViewTest extends KaribuTest {

  private static <V> void set(HasValue<?, V> field, V value) {
    HasValueUtilsKt._setValue(field, value);
  }

  private PredictView openFilledIn() {
    loginAsAnalyst();
    PredictView view = navigate(PredictView.class);
    set(view.age, 34);
    set(view.gender, "F");
    set(view.balance, 25_000.0);
    set(view.recencyDays, 12);
    set(view.frequency, 2);
    set(view.monetary, 1_850.5);
    return view;
  }

  @Test
  void aValidCustomerGetsTheScorersSegmentAtOnce() {
    PredictView view = openFilledIn();
    ScoreResult expected = runs.current().scorer().score(new CustomerInput(12, 2, 1_850.5, 34, 25_000, Gender.F));
    assertThat(view.lastPrediction()).as("no click needed").isNotNull();
    assertThat(view.lastPrediction().result().clusterId()).isEqualTo(expected.clusterId());
    assertThat(view.result.segmentName()).isEqualTo(expected.clusterName());
    String shown = view.result.getElement().getTextRecursively();
    assertThat(shown).contains("Segment id " + expected.clusterId(), "Suggested action: " + expected.action(),
        "Typical customer of " + expected.clusterName());
    assertThat(view.lastPrediction().result().classifierProbabilities()).containsExactly(expected.classifierProbabilities());
    assertThat(view.lastPrediction().result().centroidDistances()).containsExactly(expected.centroidDistances());
    Explanation why = new Explainer(runs.current().bundle()).explain(expected);
    assertThat(view.lastPrediction().why()).isEqualTo(why);
    ExplanationPanel panel = _get(view.result, ExplanationPanel.class);
    assertThat(panel.getElement().getTextRecursively()).contains("Why " + expected.clusterName(),
        "Rather than " + why.runnerUpName());
    assertThat(panel.reasons()).isNotEmpty().first().asString().startsWith(why.reasons().get(0).describe());
    assertThat(shown).containsIgnoringCase(expected.classifierLabel() + " probability");
  }

  @Test
  void theButtonFlagsEveryMissingFieldWithItsMessage() {
    loginAsAnalyst();
    PredictView view = navigate(PredictView.class);
    ButtonKt._click(view.predict);
    assertThat(view.age.getErrorMessage()).isEqualTo("Enter the age");
    assertThat(view.balance.getErrorMessage()).isEqualTo("Enter the account balance (0 if none)");
    assertThat(view.recencyDays.getErrorMessage()).isEqualTo("Enter the days since the last transaction");
    assertThat(view.frequency.getErrorMessage()).isEqualTo("Enter the number of transactions");
    assertThat(view.monetary.getErrorMessage()).isEqualTo("Enter the total amount spent");
    assertThat(view.lastPrediction()).isNull();
  }

  @Test
  void rangesAreCheckedWithClearMessages() {
    PredictView view = openFilledIn();
    set(view.balance, -1.0);
    set(view.age, 131);
    set(view.frequency, 0);
    set(view.recencyDays, -3);
    set(view.monetary, -10.0);
    ButtonKt._click(view.predict);
    assertThat(view.balance.getErrorMessage()).isEqualTo("The balance cannot be negative");
    assertThat(view.age.getErrorMessage()).isEqualTo("The age must be between 0 and 130 years");
    assertThat(view.frequency.getErrorMessage()).isEqualTo("A customer has at least one transaction");
    assertThat(view.recencyDays.getErrorMessage()).isEqualTo("The days since the last transaction cannot be negative");
    assertThat(view.monetary.getErrorMessage()).isEqualTo("The amount spent cannot be negative");
  }

  @Test
  void anInvalidChangeNeverReplacesTheAnswerWithAWrongOne() {
    PredictView view = openFilledIn();
    var before = view.lastPrediction();
    set(view.balance, -5.0);
    assertThat(view.lastPrediction()).isSameAs(before);
  }

  @Test
  void theAnswerIsMarkedStaleAsSoonAsTheInputsBecomeInvalidAndFreshAgainWhenValid() {
    PredictView view = openFilledIn();
    assertThat(view.result.isStale()).isFalse();
    set(view.balance, -1.0);
    assertThat(view.result.isStale()).isTrue();
    assertThat(view.result.getElement().getTextRecursively())
        .contains("The details changed and are not valid: this answer is for the previous details.");
    assertThat(view.result.getClassNames()).contains("stale");
    set(view.balance, 20_000.0);
    assertThat(view.result.isStale()).isFalse();
    assertThat(view.result.getElement().getTextRecursively()).doesNotContain("this answer is for the previous details");
    assertThat(view.lastPrediction().input().balance()).isEqualTo(20_000.0);
  }

  @Test
  void daysSinceTheLastTransactionAndTheScoredAsOfDayAreBounded() {
    PredictView view = openFilledIn();
    set(view.recencyDays, 100_000);
    ButtonKt._click(view.predict);
    assertThat(view.recencyDays.getErrorMessage()).isEqualTo("The days since the last transaction must be at most 3,650 (ten years)");
    set(view.recencyDays, 3_650);
    set(view.asOf, LocalDate.now().plusYears(5));
    ButtonKt._click(view.predict);
    assertThat(view.asOf.getErrorMessage()).isEqualTo("The 'scored as of' day must be between the run's day and today");
    set(view.asOf, LocalDate.parse("2016-01-01"));
    ButtonKt._click(view.predict);
    assertThat(view.asOf.isInvalid()).as("before the run's own day").isTrue();
    set(view.asOf, LocalDate.parse("2016-10-22"));
    ButtonKt._click(view.predict);
    assertThat(view.asOf.isInvalid()).isFalse();
    assertThat(view.lastPrediction().input().recencyDays()).isEqualTo(3_650);
  }

  @Test
  void theAgeCanComeFromTheDateOfBirth() {
    PredictView view = openFilledIn();
    set(view.ageSource, AgeSource.DATE_OF_BIRTH);
    assertThat(view.dateOfBirth.isVisible()).isTrue();
    assertThat(view.age.isVisible()).isFalse();
    LocalDate asOf = view.asOf.getValue();
    assertThat(asOf).isEqualTo(LocalDate.parse("2016-10-22"));
    set(view.dateOfBirth, asOf.plusDays(1));
    ButtonKt._click(view.predict);
    assertThat(view.dateOfBirth.getErrorMessage()).isEqualTo("The date of birth cannot be after the 'scored as of' day");
    set(view.dateOfBirth, LocalDate.parse("1970-10-23"));
    ButtonKt._click(view.predict);
    assertThat(view.lastPrediction().input().age()).isEqualTo(45);
    set(view.dateOfBirth, LocalDate.parse("1880-01-01"));
    ButtonKt._click(view.predict);
    assertThat(view.dateOfBirth.getErrorMessage()).isEqualTo("This date of birth gives an age above 130 years");
  }

  @Test
  void recencyFrequencyAndMonetaryCanComeFromAFewTransactions() {
    PredictView view = openFilledIn();
    set(view.activitySource, ActivitySource.TRANSACTIONS);
    assertThat(view.recencyDays.isVisible()).isFalse();
    assertThat(view.transactions.isVisible()).isTrue();
    var first = view.transactions.rows().get(0);
    set(first.date, LocalDate.parse("2016-10-01"));
    set(first.amount, 500.0);
    var second = view.transactions.addRow(LocalDate.parse("2016-10-15"), 1_200.0);
    ButtonKt._click(view.predict);
    CustomerInput used = view.lastPrediction().input();
    assertThat(used.recencyDays()).isEqualTo(7);
    assertThat(used.frequency()).isEqualTo(2);
    assertThat(used.monetary()).isEqualTo(1_700.0);
    ScoreResult expected = runs.current().scorer().score(used);
    assertThat(view.lastPrediction().result().clusterId()).isEqualTo(expected.clusterId());

    set(second.date, LocalDate.parse("2016-10-30"));
    set(second.amount, -4.0);
    ButtonKt._click(view.predict);
    assertThat(second.date.getErrorMessage()).isEqualTo("The date cannot be after the as-of day");
    assertThat(second.amount.getErrorMessage()).isEqualTo("The amount cannot be negative");
    assertThat(view.transactions.message()).isEqualTo("Correct the highlighted transactions");
  }

  @Test
  void leftEmptyTransactionFiguresGiveTheProspectsClassifiersLikelySegmentUntilTheyAreFilledIn() {
    loginAsAnalyst();
    PredictView view = navigate(PredictView.class);
    set(view.age, 34);
    set(view.gender, "F");
    set(view.balance, 25_000.0);

    ProspectScorer prospects = new ProspectScorer(runs.current().bundle());
    double[] values = new double[prospects.features().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = switch (prospects.features().get(i)) {
        case "age" -> 34;
        case "balance" -> 25_000;
        default -> runs.current().bundle().genderEncoding().code(Gender.F);
      };
    }
    ProspectScorer.ProspectResult expected = prospects.score(values);
    assertThat(view.lastPrediction()).isNull();
    assertThat(view.lastProspect()).as("the form offers the prospects classifier").isNotNull();
    assertThat(view.lastProspect().result().probabilities()).containsExactly(expected.probabilities());
    assertThat(view.result.segmentName()).isEqualTo(expected.clusterName());
    assertThat(_get(view.result, H3.class, s -> s.withId("prospect-segment")).getText()).isEqualTo(expected.clusterName());
    assertThat(view.result.getElement().getTextRecursively()).contains("without transactions",
        Formats.percent(expected.figures().accuracy()));

    set(view.recencyDays, 12);
    set(view.frequency, 2);
    set(view.monetary, 1_850.5);
    assertThat(view.lastProspect()).isNull();
    assertThat(view.lastPrediction()).isNotNull();
  }
}
