package com.banksegment.ui.scoring.ui;

import com.banksegment.scorer.Explanation;
import com.banksegment.ui.base.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Why a customer is in its segment: the runner-up segment (the second-nearest centre) and the
 * features that separate the two most, in the features' own units (the scorer's Explainer). Shown
 * by the lookup and predict pages.
 */
public class ExplanationPanel extends Div {
  public ExplanationPanel(Explanation e) {
    addClassName("result-section");
    setId("explanation");
    add(new H4("Why " + e.segmentName()));
    if (e.runnerUpId() < 0) {
      add(new Paragraph("The model has one segment: every customer is in it."));
      return;
    }
    Paragraph runnerUp = new Paragraph("Rather than " + e.runnerUpName() + " (segment " + e.runnerUpId()
        + "), the next nearest: distance " + Formats.decimal(e.distance(), 2) + " to this segment's centre against "
        + Formats.decimal(e.runnerUpDistance(), 2) + " to the runner-up's.");
    runnerUp.setId("explanation-runner-up");
    add(runnerUp);
    UnorderedList reasons = new UnorderedList();
    reasons.setId("explanation-reasons");
    for (Explanation.Reason r : e.reasons()) {
      ListItem item = new ListItem(r.describe() + " · " + Formats.percent(r.share()) + " of the pull towards this segment");
      item.addClassName("reason");
      reasons.add(item);
    }
    add(reasons);
  }

  /** The reasons as shown, for tests. */
  public List<String> reasons() {
    return getChildren().filter(UnorderedList.class::isInstance).flatMap(c -> c.getChildren())
        .map(c -> ((ListItem) c).getText()).toList();
  }
}
