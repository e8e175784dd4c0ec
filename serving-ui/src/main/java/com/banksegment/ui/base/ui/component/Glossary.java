package com.banksegment.ui.base.ui.component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Short explanations of the terms the pages use, in one place: shown as a list ("What the figures
 * mean") and as the hover text of the figures and headers that use them.
 */
public class Glossary extends Div {
  public static final String WSSSE = "WSSSE";
  public static final String SILHOUETTE = "Silhouette";
  public static final String PCA = "PCA";
  public static final String RFM = "RFM";
  public static final String PROBABILITY = "Classifier probability";

  public static final Map<String, String> TERMS = terms();

  private static Map<String, String> terms() {
    Map<String, String> t = new LinkedHashMap<>();
    t.put(WSSSE, "Within-cluster sum of squared errors: how far customers sit from the centre of their segment, "
        + "added up. Lower is tighter; it always falls as k grows, so the bend of the curve (the elbow) matters, "
        + "not the lowest value.");
    t.put(SILHOUETTE, "How much closer each customer is to its own segment than to the next one, from -1 to 1. "
        + "Above 0.25 the segments are reasonably apart; near 0 they overlap.");
    t.put(PCA, "Principal component analysis: the six scaled inputs turned into a few uncorrelated components that "
        + "keep most of their variance. Segments are found and drawn in that space.");
    t.put(RFM, "Recency, frequency, monetary: each customer scored 1 to 5 on how recently, how often and how much "
        + "they transact, and named by rules (Champions, At Risk, ...). Independent of the model's segments.");
    t.put(PROBABILITY, "How sure the classifier used for new customers (the model stage's best on held-out customers: "
        + "Naive Bayes, a decision tree or logistic regression) is that a customer belongs to a "
        + "segment, from 0 to 100 %. Low values mean the customer sits between segments.");
    return Map.copyOf(t);
  }

  /** The hover text of a term. */
  public static String explain(String term) {
    String text = TERMS.get(term);
    if (text == null) {
      throw new IllegalArgumentException("no glossary entry for " + term);
    }
    return text;
  }

  /** The whole glossary as a definition list. */
  public Glossary() {
    addClassNames("definition-list", "glossary");
    for (String term : new String[] {WSSSE, SILHOUETTE, PCA, RFM, PROBABILITY}) {
      Span t = new Span(term);
      t.addClassName("dt");
      Span d = new Span(TERMS.get(term));
      d.addClassName("dd");
      add(t, d);
    }
  }
}
