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

  private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @Test
  void apiKeysAreReadWithOneHashAndTheirRole() {
    UiSettings ui = SuiteSettings.load(List.of("segment.ui.api-keys=[{name=crm, key-sha256=\"" + SHA.toUpperCase()
        + "\", role=scoring}, {name=etl, key-bcrypt=\"" + HASH + "\", role=scoring}]")).ui();
    assertThat(ui.apiKeys()).extracting(UiSettings.ApiKey::name).containsExactly("crm", "etl");
    assertThat(ui.apiKeys().get(0).keySha256()).isEqualTo(SHA);
    assertThat(ui.apiKeys().get(1).keyBcrypt()).isEqualTo(HASH);
    assertThat(ui.apiKeys().get(0).toString()).doesNotContain(SHA);
    assertThat(ui.api().requestsPerMinute()).isEqualTo(60);
    assertThat(ui.signIn().maxFailuresPerUser()).isEqualTo(5);
    assertThat(ui.secureCookie()).isEqualTo("auto");
    assertThat(ui.auditLog()).isEqualTo("logs/serving-ui-audit.log");
  }

  @Test
  void anApiKeyNeedsExactlyOneValidHashAndTheScoringRole() {
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.ui.api-keys=[{name=crm, key=abc, role=scoring}]")))
        .hasMessage("segment.ui.api-keys[0]: expected exactly one of key-bcrypt or key-sha256 (a hash of the key, "
            + "never the key itself)");
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.ui.api-keys=[{name=crm, key-sha256=abc, role=scoring}]")))
        .hasMessageStartingWith("segment.ui.api-keys[0].key-sha256 is not a SHA-256 hash");
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.ui.api-keys=[{name=crm, key-sha256=\"" + SHA
        + "\", role=analyst}]"))).hasMessageStartingWith("segment.ui.api-keys[0].role = \"analyst\": expected one of");
  }

  @Test
  void theSecureCookieSettingIsAutoOrAlways() {
    assertThat(SuiteSettings.load(List.of("segment.ui.secure-cookie=always")).ui().secureCookie()).isEqualTo("always");
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.ui.secure-cookie=never")))
        .hasMessageStartingWith("segment.ui.secure-cookie = \"never\": expected one of");
  }
}
