package com.banksegment.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UiSettingsTest {
  private static final String HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z9Q4k1Jx0Jb0aXrhB5z6GmGa";

  @Test
  void noUserAndNoPasswordByDefault() {
    UiSettings ui = SuiteSettings.load().ui();
    assertThat(ui.users()).isEmpty();
    assertThat(ui.sessionTimeoutMinutes()).isEqualTo(30);
    assertThat(ui.refreshSeconds()).isEqualTo(10);
  }

  @Test
  void usersAreReadWithTheirHashAndRole() {
    UiSettings ui = SuiteSettings.load(List.of(
        "segment.ui.users=[{name=asha, password-bcrypt=\"" + HASH + "\", role=analyst}, {name=ravi, password-bcrypt=\""
            + HASH + "\", role=viewer}]")).ui();
    assertThat(ui.users()).extracting(UiSettings.UiUser::name, UiSettings.UiUser::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("asha", "analyst"), org.assertj.core.groups.Tuple.tuple("ravi", "viewer"));
    assertThat(ui.users().get(0).toString()).doesNotContain(HASH);
  }

  @Test
  void aPlainPasswordIsRefused() {
    assertThatThrownBy(() -> SuiteSettings.load(List.of(
        "segment.ui.users=[{name=asha, password-bcrypt=secret, role=analyst}]")))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("segment.ui.users[0].password-bcrypt is not a bcrypt hash");
  }

  @Test
  void anUnknownRoleNamesTheUserEntry() {
    assertThatThrownBy(() -> SuiteSettings.load(List.of(
        "segment.ui.users=[{name=asha, password-bcrypt=\"" + HASH + "\", role=admin}]")))
        .hasMessageStartingWith("segment.ui.users[0].role = \"admin\": expected one of");
  }

  @Test
  void twoUsersWithTheSameNameAreRefused() {
    String user = "{name=asha, password-bcrypt=\"" + HASH + "\", role=viewer}";
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.ui.users=[" + user + "," + user + "]")))
        .hasMessage("segment.ui.users[1].name = \"asha\": expected a name no other user has");
  }
}
