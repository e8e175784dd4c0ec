package com.banksegment.ui.support;

import com.banksegment.ui.SettingsConfiguration;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.security.domain.Roles;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless view tests: the real Spring context (security, services, the fixture lake) with
 * Karibu-Testing's mocked Vaadin environment. {@link #login} signs a user in the way Spring
 * Security's filter would, so Vaadin's view access control and method security both apply.
 */
@SpringBootTest
public abstract class KaribuTest {
  /** The audit log of the view tests' application. */
  public static final String AUDIT_LOG = "target/audit/view-tests.log";
  private static Routes routes;

  @Autowired
  protected ApplicationContext ctx;

  @Autowired
  protected PublishedRuns runs;

  @DynamicPropertySource
  static void lake(DynamicPropertyRegistry registry) {
    registry.add(SettingsConfiguration.OVERRIDES + "[0]", () -> "segment.lake.root=" + FixtureLake.shared().root());
    registry.add(SettingsConfiguration.OVERRIDES + "[1]", () -> "segment.ui.users=" + TestUsers.CONFIG);
    registry.add(SettingsConfiguration.OVERRIDES + "[2]", () -> "segment.ui.max-upload-mb=1");
    registry.add(SettingsConfiguration.OVERRIDES + "[3]", () -> "segment.ui.audit-log=" + AUDIT_LOG);
    registry.add(SettingsConfiguration.OVERRIDES + "[4]", () -> TestActions.CONF);
  }

  @BeforeAll
  static void discoverRoutes() {
    routes = new Routes().autoDiscoverViews("com.banksegment.ui");
  }

  @BeforeEach
  void setUpVaadin() {
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
  }

  @AfterEach
  void tearDownVaadin() {
    logout();
    MockVaadin.tearDown();
  }

  protected void loginAsAnalyst() {
    login(TestUsers.ANALYST, Roles.ANALYST);
  }

  protected void loginAsViewer() {
    login(TestUsers.VIEWER, Roles.VIEWER);
  }

  protected void login(String user, String role) {
    var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + role));
    var auth = new UsernamePasswordAuthenticationToken(user, null, authorities);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(auth);
    SecurityContextHolder.setContext(context);
    // Where a signed-in session keeps it: Vaadin's security context strategy reads it from there.
    VaadinSession.getCurrent().getSession()
        .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(auth);
    request.setUserInRole((principal, r) -> authorities.stream()
        .anyMatch(a -> a.getAuthority().equals(r) || a.getAuthority().equals("ROLE_" + r)));
  }

  protected void logout() {
    SecurityContextHolder.clearContext();
    if (VaadinSession.getCurrent() != null) {
      VaadinSession.getCurrent().getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }
    if (VaadinServletRequest.getCurrent() != null) {
      FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
      request.setUserPrincipalInt(null);
      request.setUserInRole((principal, r) -> false);
    }
  }

  protected static <T> T navigate(Class<T> view) {
    @SuppressWarnings("unchecked")
    Class<? extends com.vaadin.flow.component.Component> c = (Class<? extends com.vaadin.flow.component.Component>) view;
    UI.getCurrent().navigate(c);
    return view.cast(com.github.mvysny.kaributesting.v10.LocatorJ._get(c));
  }
}
