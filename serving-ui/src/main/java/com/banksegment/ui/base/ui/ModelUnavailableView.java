package com.banksegment.ui.base.ui;

import com.banksegment.ui.lake.domain.ModelUnavailableException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a page when no model can be served: what is missing and what to do. */
@ParentLayout(MainLayout.class)
@PageTitle("No model yet · Customer Segments")
@PermitAll
public class ModelUnavailableView extends Div implements HasErrorParameter<ModelUnavailableException> {
  private final Paragraph reason = new Paragraph();

  public ModelUnavailableView() {
    addClassName("unavailable");
    reason.addClassName("unavailable-reason");
    add(VaadinIcon.CLOUD_DOWNLOAD_O.create(), new H2("No model to show yet"), reason,
        new Paragraph("The page will show the model as soon as a run is published; there is no need to restart."
            + " If this persists, pass the message above to the data team."));
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ModelUnavailableException> parameter) {
    reason.setText(parameter.hasCustomMessage() ? parameter.getCustomMessage() : parameter.getException().getMessage());
    return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
  }

  public String reason() {
    return reason.getText();
  }
}
