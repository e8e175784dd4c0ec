package com.banksegment.ui.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, or that the user's role may not open: in production Vaadin
 * answers both alike, so that a viewer cannot even learn which customer-level pages exist.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not available · Customer Segments")
@PermitAll
public class NotAvailableView extends Div implements HasErrorParameter<NotFoundException> {
  private final Paragraph path = new Paragraph();

  public NotAvailableView() {
    addClassName("unavailable");
    add(VaadinIcon.LOCK.create(), new H2("This page is not available"), path,
        new Paragraph("Customer-level pages (audiences, lookup, predict, batch scoring) are for analysts only."),
        new Anchor("", "Back to the overview"));
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    path.setText("\"/" + event.getLocation().getPath() + "\" does not exist or is not open to your role.");
    return HttpServletResponse.SC_NOT_FOUND;
  }
}
