package com.banksegment.ui.base.ui.component;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** A white card with a title, an optional one-line explanation and its content. */
public class Panel extends Div {
  public Panel(String title, String explanation, Component... content) {
    addClassName("panel");
    add(new H3(title));
    if (explanation != null) {
      Paragraph p = new Paragraph(explanation);
      p.addClassName("panel-explanation");
      add(p);
    }
    add(content);
  }
}
