package com.banksegment.ui;

import com.banksegment.config.LakeLayout;
import com.banksegment.config.SuiteSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.AbstractServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The suite's HOCON settings as beans. Overrides arrive as the Spring list property
 * {@code segment.overrides[i]=key=value} (the main class turns {@code --conf key=value} into it;
 * tests set it directly), so the UI reads exactly what the batch jobs read.
 */
@Configuration(proxyBeanMethods = false)
public class SettingsConfiguration {
  public static final String OVERRIDES = "segment.overrides";

  @Bean
  SuiteSettings suiteSettings(Environment env) {
    List<String> overrides = Binder.get(env).bind(OVERRIDES, Bindable.listOf(String.class)).orElse(List.of());
    return SuiteSettings.load(overrides);
  }

  @Bean
  LakeLayout lakeLayout(SuiteSettings settings) {
    return settings.lake().layout();
  }

  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  /** Port, session timeout and the cookie's Secure flag from segment.ui unless server.port / server.servlet.session.timeout are given. */
  @Bean
  WebServerFactoryCustomizer<AbstractServletWebServerFactory> portAndSessionFromSettings(
      SuiteSettings settings, Environment env) {
    return factory -> {
      if (!env.containsProperty("server.port")) {
        factory.setPort(settings.ui().port());
      }
      if (!env.containsProperty("server.servlet.session.timeout")) {
        factory.getSession().setTimeout(Duration.ofMinutes(settings.ui().sessionTimeoutMinutes()));
      }
      // "auto": Tomcat marks the cookie Secure when the request came over TLS (or via a trusted proxy).
      if ("always".equals(settings.ui().secureCookie())) {
        factory.getSession().getCookie().setSecure(true);
      }
    };
  }
}
