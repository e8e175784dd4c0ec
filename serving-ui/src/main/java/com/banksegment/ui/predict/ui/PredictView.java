package com.banksegment.ui.predict.ui;

import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.ModelBundle;
import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.base.ui.RunView;
import com.banksegment.ui.base.ui.component.ViewHeader;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.predict.domain.CustomerForm;
import com.banksegment.ui.predict.domain.CustomerForm.ActivitySource;
import com.banksegment.ui.predict.domain.CustomerForm.AgeSource;
import com.banksegment.ui.predict.domain.Prediction;
import com.banksegment.ui.predict.domain.ProspectPrediction;
import com.banksegment.ui.predict.service.CustomerInputs;
import com.banksegment.ui.predict.service.PredictionService;
import com.banksegment.ui.scoring.domain.InputRules;
import com.banksegment.ui.security.domain.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Predicts the segment of a new customer from what an adviser knows: age or date of birth,
 * gender, balance, and either recency/frequency/monetary or a few transactions. Every field is
 * validated by the binder with a message beside it; the answer updates as soon as the form is valid.
 * The form asks only for the published model's inputs: a model of a source without age, balance
 * or gender (RFM only) shows neither those fields nor their checks. With the transaction fields
 * left empty and the attributes given, a model with a prospects classifier gives its likely
 * segment instead (a model of RFM only has none, so there nothing is offered).
 */
@Route(value = "predict", layout = MainLayout.class)
@PageTitle("Predict · Customer Segments")
@RolesAllowed(Roles.ANALYST)
public class PredictView extends RunView {
  static final java.util.Locale INDIA = java.util.Locale.forLanguageTag("en-IN");
  static final Map<String, String> GENDERS = Map.of("F", "Female", "M", "Male", "U", "Unknown / not given");

  private final PredictionService predictions;
  private final CustomerForm form = new CustomerForm();
  private final Binder<CustomerForm> binder = new Binder<>(CustomerForm.class);

  final RadioButtonGroup<AgeSource> ageSource = new RadioButtonGroup<>("Age from");
  final DatePicker dateOfBirth = new DatePicker("Date of birth");
  final IntegerField age = new IntegerField("Age (years)");
  final Select<String> gender = new Select<>();
  final NumberField balance = new NumberField("Account balance (INR)");
  final RadioButtonGroup<ActivitySource> activitySource = new RadioButtonGroup<>("Activity given as");
  final IntegerField recencyDays = new IntegerField("Days since last transaction");
  final IntegerField frequency = new IntegerField("Number of transactions");
  final NumberField monetary = new NumberField("Total amount spent (INR)");
  final DatePicker asOf = new DatePicker("Scored as of");
  final TransactionsEditor transactions = new TransactionsEditor(asOf::getValue, this::predictIfValid);
  final Button predict = new Button("Predict segment", VaadinIcon.MAGIC.create());
  final PredictionPanel result = new PredictionPanel();
  private Prediction last;
  /** The published model's inputs, set when the page shows a run. */
  private List<String> inputs = ModelBundle.FEATURES;
  private ProspectPrediction lastProspect;

  public PredictView(PublishedRuns runs, PredictionService predictions) {
    super(runs);
    this.predictions = predictions;
    configureFields();
    bind();
  }

  @Override
  protected void show(PublishedRun run) {
    inputs = run.inputs();
    if (asOf.isEmpty()) {
      asOf.setValue(predictions.defaultAsOf());
    }
    FormLayout fields = new FormLayout();
    fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("380px", 2));
    fields.add(ageSource, asOf, dateOfBirth, age, gender, balance, activitySource, recencyDays, frequency, monetary,
        transactions);
    fields.setColspan(activitySource, 2);
    fields.setColspan(transactions, 2);
    Div formPanel = new Div(new H3("New customer"), fields, predict);
    formPanel.addClassNames("panel", "form-panel");
    Div columns = new Div(formPanel, result);
    columns.addClassName("two-columns");
    add(new ViewHeader("Predict a customer's segment",
        "Model of run " + run.runDate() + ". " + (uses("age") ? "Ages and recency count" : "Recency counts")
            + " to the 'scored as of' day."), columns);
    updateVisibility();
  }

  private void configureFields() {
    // Dates read day first, as customers' documents in India write them.
    dateOfBirth.setLocale(INDIA);
    asOf.setLocale(INDIA);
    asOf.setId("as-of");
    ageSource.setItems(AgeSource.values());
    ageSource.setItemLabelGenerator(s -> s == AgeSource.AGE ? "Age in years" : "Date of birth");
    age.setStepButtonsVisible(true);
    gender.setLabel("Gender");
    gender.setItems("F", "M", "U");
    gender.setItemLabelGenerator(GENDERS::get);
    balance.setPrefixComponent(new Span("₹"));
    activitySource.setItems(ActivitySource.values());
    activitySource.setItemLabelGenerator(s -> s == ActivitySource.RFM
        ? "Recency, frequency and amount" : "A list of transactions");
    monetary.setPrefixComponent(new Span("₹"));
    for (var f : new com.vaadin.flow.data.value.HasValueChangeMode[] {age, balance, recencyDays, frequency, monetary}) {
      f.setValueChangeMode(ValueChangeMode.LAZY);
    }
    // Text that is not a number is flagged by the field itself, with these messages.
    for (IntegerField f : new IntegerField[] {age, recencyDays, frequency}) {
      f.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(InputRules.WHOLE_NUMBER));
    }
    for (NumberField f : new NumberField[] {balance, monetary}) {
      f.setI18n(new NumberField.NumberFieldI18n().setBadInputErrorMessage(InputRules.AMOUNT));
    }
    ageSource.addValueChangeListener(e -> updateVisibility());
    activitySource.addValueChangeListener(e -> updateVisibility());
    age.setId("age");
    balance.setId("balance");
    recencyDays.setId("recency-days");
    frequency.setId("frequency");
    monetary.setId("monetary");
    gender.setId("gender");
    predict.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    predict.setId("predict-button");
    predict.addClickListener(e -> predictOrShowErrors());
  }

  private void bind() {
    binder.forField(ageSource).bind(CustomerForm::getAgeSource, CustomerForm::setAgeSource);
    binder.forField(activitySource).bind(CustomerForm::getActivitySource, CustomerForm::setActivitySource);
    binder.forField(asOf).asRequired("Enter the day to score the customer on")
        .withValidator(d -> !d.isBefore(predictions.earliestAsOf()) && !d.isAfter(predictions.today()),
            "The 'scored as of' day must be between the run's day and today")
        .bind(CustomerForm::getAsOf, CustomerForm::setAsOf);
    binder.forField(dateOfBirth)
        .withValidator(d -> !usesDob() || d != null, "Enter the date of birth")
        .withValidator(d -> !usesDob() || d == null || asOf.isEmpty() || !d.isAfter(asOf.getValue()),
            "The date of birth cannot be after the 'scored as of' day")
        .withValidator(d -> !usesDob() || d == null || asOf.isEmpty()
            || CustomerInputs.ageOn(d, asOf.getValue()) <= CustomerInput.MAX_AGE,
            "This date of birth gives an age above " + (int) CustomerInput.MAX_AGE + " years")
        .bind(CustomerForm::getDateOfBirth, CustomerForm::setDateOfBirth);
    binder.forField(age)
        .withValidator(a -> !usesAge() || a != null, InputRules.AGE_MISSING)
        .withValidator(a -> a == null || (a >= 0 && a <= CustomerInput.MAX_AGE), InputRules.AGE_RANGE)
        .bind(CustomerForm::getAge, CustomerForm::setAge);
    binder.forField(gender).withValidator(g -> !uses("gender") || g != null, InputRules.GENDER_MISSING)
        .bind(CustomerForm::getGender, CustomerForm::setGender);
    binder.forField(balance).withValidator(b -> !uses("balance") || b != null, InputRules.BALANCE_MISSING)
        .withValidator(b -> b == null || b >= 0, InputRules.BALANCE_NEGATIVE)
        .withValidator(b -> b == null || b <= InputRules.MAX_AMOUNT, InputRules.BALANCE_LARGE)
        .bind(CustomerForm::getBalance, CustomerForm::setBalance);
    binder.forField(recencyDays)
        .withValidator(r -> !usesRfm() || r != null, InputRules.RECENCY_MISSING)
        .withValidator(r -> r == null || r >= 0, InputRules.RECENCY_NEGATIVE)
        .withValidator(r -> r == null || r <= InputRules.MAX_RECENCY_DAYS, InputRules.RECENCY_LARGE)
        .bind(CustomerForm::getRecencyDays, CustomerForm::setRecencyDays);
    binder.forField(frequency)
        .withValidator(f -> !usesRfm() || f != null, InputRules.FREQUENCY_MISSING)
        .withValidator(f -> f == null || f >= 1, InputRules.FREQUENCY_SMALL)
        .withValidator(f -> f == null || f <= InputRules.MAX_FREQUENCY, InputRules.FREQUENCY_LARGE)
        .bind(CustomerForm::getFrequency, CustomerForm::setFrequency);
    binder.forField(monetary)
        .withValidator(m -> !usesRfm() || m != null, InputRules.MONETARY_MISSING)
        .withValidator(m -> m == null || m >= 0, InputRules.MONETARY_NEGATIVE)
        .withValidator(m -> m == null || m <= InputRules.MAX_AMOUNT, InputRules.MONETARY_LARGE)
        .bind(CustomerForm::getMonetary, CustomerForm::setMonetary);
    binder.setBean(form);
    binder.addValueChangeListener(e -> predictIfValid());
  }

  private boolean usesDob() {
    return uses("age") && ageSource.getValue() == AgeSource.DATE_OF_BIRTH;
  }

  private boolean usesAge() {
    return uses("age") && !usesDob();
  }

  /** Whether the published model reads this input. */
  private boolean uses(String input) {
    return inputs.contains(input);
  }

  private boolean usesRfm() {
    return activitySource.getValue() == ActivitySource.RFM;
  }

  private void updateVisibility() {
    ageSource.setVisible(uses("age"));
    dateOfBirth.setVisible(usesDob());
    age.setVisible(usesAge());
    gender.setVisible(uses("gender"));
    balance.setVisible(uses("balance"));
    recencyDays.setVisible(usesRfm());
    frequency.setVisible(usesRfm());
    monetary.setVisible(usesRfm());
    transactions.setVisible(!usesRfm());
    if (!usesRfm() && transactions.lines().isEmpty() && !asOf.isEmpty()) {
      transactions.addRow(asOf.getValue().minusDays(1), null);
    }
  }

  /**
   * Live answer: predicts quietly whenever everything is valid, without flagging fields still being
   * typed; when the inputs become invalid the answer on show is marked as belonging to the previous
   * inputs, so it is never read as the answer for what the form now says.
   */
  private void predictIfValid() {
    if (binder.isValid() && (usesRfm() || transactionsValidQuietly())) {
      predictNow();
    } else if (!offerProspect()) {
      result.markStale();
    }
  }

  /**
   * Transaction figures left empty but the attributes known at account opening given: the prospects
   * classifier's likely segment, when the model has one (issue #15). Returns whether it was shown.
   */
  private boolean offerProspect() {
    boolean noTransactions = usesRfm() && recencyDays.isEmpty() && frequency.isEmpty() && monetary.isEmpty();
    if (!noTransactions || !attributesGiven() || !predictions.prospectsAvailable()) {
      return false;
    }
    last = null;
    lastProspect = predictions.predictProspect(form);
    result.showProspect(lastProspect);
    return true;
  }

  /** Every attribute the published model has (the prospects classifier's inputs) is given and valid. */
  private boolean attributesGiven() {
    boolean ageGiven = !uses("age") || (usesDob()
        ? dateOfBirth.getValue() != null && !asOf.isEmpty() && !dateOfBirth.getValue().isAfter(asOf.getValue())
        : age.getValue() != null && age.getValue() >= 0 && age.getValue() <= CustomerInput.MAX_AGE);
    boolean balanceGiven = !uses("balance") || (balance.getValue() != null && balance.getValue() >= 0
        && balance.getValue() <= InputRules.MAX_AMOUNT);
    return ageGiven && balanceGiven && (!uses("gender") || gender.getValue() != null);
  }

  private boolean transactionsValidQuietly() {
    return !transactions.lines().isEmpty()
        && transactions.rows().stream().allMatch(r -> r.binder.isValid());
  }

  /** The button: validates everything, marks each bad field with its message, predicts when all is well. */
  void predictOrShowErrors() {
    BinderValidationStatus<CustomerForm> status = binder.validate();
    boolean transactionsOk = usesRfm() || transactions.validate();
    if (status.isOk() && transactionsOk) {
      predictNow();
    } else if (!offerProspect()) {
      result.markStale();
    }
  }

  private void predictNow() {
    lastProspect = null;
    form.getTransactions().clear();
    form.getTransactions().addAll(transactions.lines());
    last = predictions.predict(form);
    result.show(last);
  }

  /** The last prospect answer shown (no transaction figures), or null. */
  public ProspectPrediction lastProspect() {
    return lastProspect;
  }

  /** The last answer shown, or null. */
  public Prediction lastPrediction() {
    return last;
  }

  Binder<CustomerForm> binder() {
    return binder;
  }
}
