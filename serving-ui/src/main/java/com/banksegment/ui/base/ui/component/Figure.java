package com.banksegment.ui.base.ui.component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A headline figure: a small caption above a large value, with an optional note below. */
public class Figure extends Div {
  private final Span value = new Span();

  public Figure(String caption, String value, String note) {
    addClassName("figure");
    Span c = new Span(caption);
    c.addClassName("figure-caption");
    this.value.setText(value);
    this.value.addClassName("figure-value");
    add(c, this.value);
    if (note != null) {
      Span n = new Span(note);
      n.addClassName("figure-note");
      add(n);
    }
  }

  /** Hover text explaining the figure (a glossary entry). */
  public Figure explained(String explanation) {
    getElement().setAttribute("title", explanation);
    addClassName("explained");
    return this;
  }

  public String value() {
    return value.getText();
  }
}
