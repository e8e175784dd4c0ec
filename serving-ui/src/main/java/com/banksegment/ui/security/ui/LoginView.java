package com.banksegment.ui.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The sign-in page: Spring Security's form login, posted by Vaadin's login form. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Customer Segments")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {
  private final LoginForm form = new LoginForm();

  public LoginView() {
    addClassName("login-view");
    Div brand = new Div();
    brand.addClassName("login-brand");
    Span mark = new Span(VaadinIcon.PIE_CHART.create());
    mark.addClassName("brand-mark");
    brand.add(mark, new H1("Customer Segments"),
        new Paragraph("Who our customers are, what each group is worth, and how to engage them."),
        new Paragraph("Segments are refreshed with every published model run."));

    LoginI18n i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("Sign in");
    i18n.getForm().setUsername("User name");
    i18n.getErrorMessage().setTitle("Sign-in failed");
    i18n.getErrorMessage().setMessage("Check the user name and the password and try again. After several failed "
        + "attempts, signing in is paused for a few minutes.");
    i18n.setAdditionalInformation("Access is personal. Ask your administrator for an account.");
    form.setI18n(i18n);
    form.setAction("login");
    form.setForgotPasswordButtonVisible(false);

    Div panel = new Div(form);
    panel.addClassName("login-panel");
    add(brand, panel);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
  }

  LoginForm form() {
    return form;
  }
}
