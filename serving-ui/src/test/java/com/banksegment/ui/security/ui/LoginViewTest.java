package com.banksegment.ui.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.support.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {
  @Test
  void postsToSpringSecurityAndShowsTheErrorAfterAFailedAttempt() {
    UI.getCurrent().navigate("login");
    LoginView view = _get(LoginView.class);
    assertThat(view.form().getAction()).isEqualTo("login");
    assertThat(view.form().isError()).isFalse();
    assertThat(view.form().isForgotPasswordButtonVisible()).isFalse();

    UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));
    assertThat(_get(LoginView.class).form().isError()).isTrue();
  }
}
