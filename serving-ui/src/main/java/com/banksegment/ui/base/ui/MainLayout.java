package com.banksegment.ui.base.ui;

import com.banksegment.ui.lake.domain.ModelUnavailableException;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.security.domain.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The frame of every page: the side navigation (only the pages the user's role may open), the
 * run and model being served, a banner when the run's inputs drifted from the model's, and the
 * signed-in user with a sign-out button.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {
  /** A page of the side navigation and the role it needs (null: every signed-in user). */
  public record NavEntry(String label, String path, VaadinIcon icon, String role) {}

  public static final List<NavEntry> NAVIGATION = List.of(
      new NavEntry("Overview", "", VaadinIcon.DASHBOARD, null),
      new NavEntry("Model", "model", VaadinIcon.CHART_LINE, null),
      new NavEntry("Segment explorer", "segments", VaadinIcon.SCATTER_CHART, null),
      new NavEntry("Compare runs", "compare", VaadinIcon.SPLIT, null),
      new NavEntry("Movement", "movement", VaadinIcon.EXCHANGE, null),
      new NavEntry("Downloads", "downloads", VaadinIcon.DOWNLOAD, null),
      new NavEntry("Audiences", "audiences", VaadinIcon.USERS, Roles.ANALYST),
      new NavEntry("Customer lookup", "customers", VaadinIcon.SEARCH, Roles.ANALYST),
      new NavEntry("Predict", "predict", VaadinIcon.MAGIC, Roles.ANALYST),
      new NavEntry("Batch scoring", "batch", VaadinIcon.UPLOAD, Roles.ANALYST));

  private final PublishedRuns runs;
  private final Span pageTitle = new Span();
  private final Div runInfo = new Div();
  private final SideNav nav = new SideNav();
  private final DriftBanner driftBanner = new DriftBanner();

  public MainLayout(PublishedRuns runs, AuthenticationContext auth) {
    this.runs = runs;
    setPrimarySection(Section.DRAWER);
    addToDrawer(brand(), new Scroller(navigation(auth)), userFooter(auth));

    pageTitle.addClassName("page-title");
    runInfo.addClassName("run-info");
    Header bar = new Header(new DrawerToggle(), pageTitle, runInfo);
    bar.addClassName("top-bar");
    // The drift banner sits under the bar, above every page, and is empty while inputs are stable.
    Div navbar = new Div(bar, driftBanner);
    navbar.addClassName("navbar-stack");
    addToNavbar(navbar);
  }

  private Component brand() {
    Span mark = new Span(VaadinIcon.PIE_CHART.create());
    mark.addClassName("brand-mark");
    H1 name = new H1("Customer Segments");
    Div brand = new Div(mark, name);
    brand.addClassName("brand");
    return brand;
  }

  private SideNav navigation(AuthenticationContext auth) {
    for (NavEntry e : NAVIGATION) {
      if (e.role() == null || auth.hasRole(e.role())) {
        nav.addItem(new SideNavItem(e.label(), e.path(), e.icon().create()));
      }
    }
    return nav;
  }

  private Component userFooter(AuthenticationContext auth) {
    String name = auth.getPrincipalName().orElse("?");
    String role = auth.hasRole(Roles.ANALYST) ? "Analyst" : "Viewer";
    Avatar avatar = new Avatar(name);
    avatar.addClassName("user-avatar");
    Div who = new Div(new Span(name), new Span(role));
    who.addClassName("user-name");
    Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    signOut.setId("sign-out");
    Footer footer = new Footer(avatar, who, signOut);
    footer.addClassName("user-footer");
    return footer;
  }

  public DriftBanner driftBanner() {
    return driftBanner;
  }

  /** The side navigation's labels, in order: what this user may open. */
  public List<String> navigationLabels() {
    return nav.getItems().stream().map(SideNavItem::getLabel).toList();
  }

  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    Component content = getContent();
    PageTitle title = content == null ? null : content.getClass().getAnnotation(PageTitle.class);
    pageTitle.setText(title == null ? "" : title.value().replace(" · Customer Segments", ""));
    runInfo.removeAll();
    driftBanner.show(null);
    try {
      PublishedRun run = runs.current();
      driftBanner.show(run.drift());
      Span date = new Span(VaadinIcon.CALENDAR.create(), new Span("Run " + run.runDate()));
      date.getElement().getThemeList().add("badge contrast");
      Span model = new Span(run.modelVersion());
      model.addClassName("model-version");
      model.getElement().setAttribute("title", run.modelVersion());
      runInfo.add(date, model);
      runs.warning().ifPresent(w -> {
        Span stale = new Span(VaadinIcon.WARNING.create(), new Span("Newer run not loaded"));
        stale.getElement().getThemeList().add("badge error");
        stale.getElement().setAttribute("title", w);
        runInfo.add(stale);
      });
    } catch (ModelUnavailableException e) {
      Span none = new Span("No model published");
      none.getElement().getThemeList().add("badge error");
      runInfo.add(none);
    }
  }
}
