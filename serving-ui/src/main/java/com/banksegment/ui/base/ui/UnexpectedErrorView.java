package com.banksegment.ui.base.ui;

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
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any other failure: a short apology and a reference to find the details in the log, never a stack trace. */
@ParentLayout(MainLayout.class)
@PageTitle("Something went wrong · Customer Segments")
@PermitAll
public class UnexpectedErrorView extends Div implements HasErrorParameter<Exception> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorView.class);
  private final Paragraph reference = new Paragraph();

  public UnexpectedErrorView() {
    addClassName("unavailable");
    add(VaadinIcon.WARNING.create(), new H2("Something went wrong"),
        new Paragraph("The page could not be shown. Try again in a moment."), reference);
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("Page {} failed (reference {})", event.getLocation().getPath(), id, parameter.getException());
    reference.setText("Reference for the support team: " + id);
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }
}
