package com.banksegment.ui.customer.ui;

import com.banksegment.charts.Palette;
import com.banksegment.scorer.ClassifierParams;
import com.banksegment.scorer.CustomerInput;
import com.banksegment.scorer.Explainer;
import com.banksegment.scorer.ScoreResult;
import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.base.ui.component.CustomerInputList;
import com.banksegment.ui.base.ui.MainLayout;
import com.banksegment.ui.base.ui.RunView;
import com.banksegment.ui.base.ui.component.Figure;
import com.banksegment.ui.base.ui.component.Panel;
import com.banksegment.ui.base.ui.component.ViewHeader;
import com.banksegment.ui.customer.domain.CustomerRecord;
import com.banksegment.ui.customer.service.CustomerLookupService;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.domain.SegmentProfile;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.scoring.ui.ExplanationPanel;
import com.banksegment.ui.security.domain.Roles;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/** Look a customer up by CustomerID: features, segment, RFM scores. Analysts only. */
@Route(value = "customers", layout = MainLayout.class)
@PageTitle("Customer lookup · Customer Segments")
@RolesAllowed(Roles.ANALYST)
public class CustomerLookupView extends RunView {
  private final CustomerLookupService lookup;
  final TextField customerId = new TextField("Customer ID");
  final Button search = new Button("Look up", VaadinIcon.SEARCH.create());
  final Div result = new Div();
  private PublishedRun run;

  public CustomerLookupView(PublishedRuns runs, CustomerLookupService lookup) {
    super(runs);
    this.lookup = lookup;
    customerId.setId("customer-id");
    search.setId("lookup-button");
    customerId.setPlaceholder("e.g. C5841053 (any case)");
    customerId.setClearButtonVisible(true);
    // Longer input is refused with a message below rather than cut by the browser.
    customerId.setMaxLength(CustomerLookupService.MAX_ID_LENGTH * 16);
    customerId.setPattern("[A-Za-z0-9_-]*");
    customerId.setErrorMessage("A customer ID has letters, digits, '-' or '_' only");
    search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    search.addClickShortcut(Key.ENTER);
    search.addClickListener(e -> lookUp());
    result.addClassName("lookup-result");
  }

  @Override
  protected void show(PublishedRun run) {
    this.run = run;
    Div bar = new Div(customerId, search);
    bar.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "baseline");
    add(new ViewHeader("Customer lookup", "A customer of run " + run.runDate() + ": features, segment and RFM scores."),
        new Panel("Find a customer", null, bar), result);
  }

  void lookUp() {
    result.removeAll();
    String id = customerId.getValue().trim();
    if (id.isEmpty() || !id.matches("[A-Za-z0-9_-]+") || id.length() > CustomerLookupService.MAX_ID_LENGTH) {
      customerId.setInvalid(true);
      customerId.setErrorMessage(id.isEmpty() ? "Enter a customer ID"
          : !id.matches("[A-Za-z0-9_-]+") ? "A customer ID has letters, digits, '-' or '_' only"
          : "A customer ID has at most " + CustomerLookupService.MAX_ID_LENGTH + " characters; this one has "
              + id.length());
      return;
    }
    customerId.setInvalid(false);
    Optional<CustomerRecord> found = lookup.find(id);
    if (found.isEmpty()) {
      Paragraph none = new Paragraph("No customer " + id + " in run " + run.runDate() + ".");
      none.setId("lookup-not-found");
      result.add(new Panel("Not found", null, none));
      return;
    }
    show(found.get());
  }

  private void show(CustomerRecord c) {
    SegmentProfile segment = run.segment(c.segmentId()).orElse(null);
    H3 title = new H3(c.segmentName());
    title.setId("lookup-segment");
    Div hero = new Div(VaadinIcon.USER.create(), new Div(title, new Paragraph("Customer " + c.customerId()
        + " · segment id " + c.segmentId())));
    hero.addClassName("result-hero");
    hero.getStyle().set("background", Palette.segment(c.segmentId()));
    Div scores = new Div(
        new Figure("RFM score", c.rfmScore(), c.rfmSegment()),
        new Figure("Recency score", c.rScore() + " / 5", Formats.days(c.features().recencyDays()) + " since last transaction"),
        new Figure("Frequency score", c.fScore() + " / 5", Formats.decimal(c.features().frequency(), 0) + " transactions"),
        new Figure("Monetary score", c.mScore() + " / 5", Formats.inr(c.features().monetary()) + " in total"));
    scores.addClassName("figures");
    String classifier = ClassifierParams.label(run.bundle().servedClassifier());
    String nb = c.naiveBayesSegmentId() == c.segmentId()
        ? "The " + classifier + " classifier agrees (" + Formats.percent(c.naiveBayesProbability()) + ")."
        : "The " + classifier + " classifier would say " + run.segmentName(c.naiveBayesSegmentId()) + " ("
            + Formats.percent(c.naiveBayesProbability()) + ").";
    Div action = new Div(new Span(VaadinIcon.LIGHTBULB.create()),
        new Span(" Suggested action: " + (segment == null ? "–" : segment.action())));
    action.addClassName("action-box");
    Div details = new Div(new Panel("Features", nb, describe(c.features())), new Panel("Segment", null, action,
        segment == null ? new Span() : new Paragraph(Formats.percent(segment.customerShare()) + " of customers, "
            + Formats.percent(segment.monetaryShare()) + " of transaction value; main RFM group "
            + segment.dominantRfmSegment() + ".")));
    details.addClassName("two-columns");
    result.add(hero, scores, details);
    if (c.features().isValid()) {
      ScoreResult scored = run.scorer().score(c.features());
      result.add(new Panel("Why this segment", null, new ExplanationPanel(new Explainer(run.bundle()).explain(scored))));
    }
  }

  private static Div describe(CustomerInput f) {
    return CustomerInputList.of(f);
  }
}
