package com.banksegment.ui.base.ui.component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** The title of a page and one sentence on what it answers. */
public class ViewHeader extends Div {
  public ViewHeader(String title, String subtitle) {
    addClassName("view-header");
    add(new H2(title));
    if (subtitle != null) {
      Paragraph p = new Paragraph(subtitle);
      p.addClassName("view-subtitle");
      add(p);
    }
  }
}
