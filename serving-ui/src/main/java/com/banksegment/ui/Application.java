package com.banksegment.ui;

import com.banksegment.config.SettingsException;
import com.banksegment.config.SuiteSettings;
import com.banksegment.ui.security.service.PasswordHashTool;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The serving UI: {@code java -jar serving-ui.jar [--conf key=value ...] [Spring options]}.
 * {@code --conf} overrides the suite's HOCON settings exactly as the {@code segment} CLI does;
 * everything else goes to Spring Boot ({@code --spring.profiles.active=local-demo}, {@code --server.port=...}).
 * {@code --hash-password} prints the bcrypt hash of a password read from standard input.
 */
@SpringBootApplication
@Theme("bank")
@Meta(name = "description", content = "Customer segmentation for business users")
public class Application implements AppShellConfigurator {

  /** The favicon (a served file under META-INF/resources/icons, open to everyone like the sign-in page). */
  @Override
  public void configurePage(AppShellSettings settings) {
    settings.addFavIcon("icon", "icons/favicon.svg", "any");
  }

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("--hash-password")) {
      System.exit(PasswordHashTool.run(System.in, System.out, System.err));
    }
    List<String> confOverrides = new ArrayList<>();
    List<String> springArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--conf") && i + 1 < args.length) {
        confOverrides.add(args[++i]);
      } else if (args[i].startsWith("--conf=")) {
        confOverrides.add(args[i].substring("--conf=".length()));
      } else {
        springArgs.add(args[i]);
      }
    }
    try {
      // Fail with one line before Spring starts when the configuration itself is wrong.
      SuiteSettings.load(confOverrides);
    } catch (SettingsException e) {
      System.err.println("serving-ui: " + e.getMessage());
      System.exit(2);
    }
    for (int i = 0; i < confOverrides.size(); i++) {
      springArgs.add("--" + SettingsConfiguration.OVERRIDES + "[" + i + "]=" + confOverrides.get(i));
    }
    SpringApplication.run(Application.class, springArgs.toArray(String[]::new));
  }
}
