package com.banksegment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.config.SuiteSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

class SettingsConfigurationTest {
  private final SettingsConfiguration configuration = new SettingsConfiguration();

  @Test
  void portAndSessionTimeoutComeFromTheSuiteSettings() {
    SuiteSettings settings = SuiteSettings.load(List.of("segment.ui.port=9191", "segment.ui.session-timeout-minutes=15"));
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
    configuration.portAndSessionFromSettings(settings, new MockEnvironment()).customize(factory);
    assertThat(factory.getPort()).isEqualTo(9191);
    assertThat(factory.getSession().getTimeout()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void springsOwnServerPropertiesWin() {
    MockEnvironment env = new MockEnvironment().withProperty("server.port", "0")
        .withProperty("server.servlet.session.timeout", "5m");
    TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
    factory.setPort(0);
    SuiteSettings settings = SuiteSettings.load(List.of("segment.ui.port=9191", "segment.ui.session-timeout-minutes=15"));
    configuration.portAndSessionFromSettings(settings, env).customize(factory);
    // Left to Spring's ServerProperties, which apply server.port and server.servlet.session.timeout.
    assertThat(factory.getPort()).isZero();
    assertThat(factory.getSession().getTimeout()).isNotEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void overridesGivenToSpringReachTheSuiteSettings() {
    MockEnvironment env = new MockEnvironment()
        .withProperty(SettingsConfiguration.OVERRIDES + "[0]", "segment.lake.root=/data/lake")
        .withProperty(SettingsConfiguration.OVERRIDES + "[1]", "segment.ui.max-upload-mb=7");
    SuiteSettings settings = configuration.suiteSettings(env);
    assertThat(settings.lake().root()).isEqualTo("/data/lake");
    assertThat(settings.ui().maxUploadMb()).isEqualTo(7);
  }
}
