package com.banksegment.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI's systemd unit and environment file, run the way systemd runs them (without systemd):
 * ExecStart split into words, ${VAR} taken from the EnvironmentFile, the built serving-ui jar in
 * place of /opt/bank-segmentation/lib/serving-ui.jar. Only the lake, the port and the user list
 * are replaced (an empty folder, a free port, one user with a real bcrypt hash).
 */
class UiServiceFilesIT {
  private static final Path UNIT = Path.of("ui/bank-segmentation-ui.service");
  private static final Path ENV_FILE = Path.of("ui/bank-segmentation-ui.env");
  private static final String INSTALLED_JAR = "/opt/bank-segmentation/lib/serving-ui.jar";
  private static final Path UI_JAR = Path.of(System.getProperty("ui.jar", "../serving-ui/target/serving-ui.jar"));

  @TempDir Path tmp;

  @Test
  void unitStartsTheUiWithHalfAGigabyteOfHeapAndTheEnvironmentFile() throws Exception {
    Map<String, String> unit = unitSettings(Files.readAllLines(UNIT));
    assertThat(unit.get("ExecStart")).startsWith("/usr/bin/java -Xmx512m ").contains(" -jar " + INSTALLED_JAR);
    assertThat(unit.get("EnvironmentFile")).isEqualTo("/etc/bank-segmentation/ui.env");
    assertThat(unit.get("User")).isEqualTo("bank-seg-ui");
    assertThat(unit.get("Restart")).isEqualTo("on-failure");

    Map<String, String> env = environmentFile(Files.readAllLines(ENV_FILE));
    assertThat(env).containsKeys("SEGMENT_LAKE_ROOT", "SEGMENT_UI_PORT", "SEGMENT_UI_USERS");
    int port = freePort();
    env.put("SEGMENT_LAKE_ROOT", Files.createDirectories(tmp.resolve("lake")).toString());
    env.put("SEGMENT_UI_PORT", String.valueOf(port));
    env.put("SEGMENT_UI_USERS", "[{name=ops, password-bcrypt=\"" + bcrypt("s3cret-ops") + "\", role=viewer}]");
    env.put("LOGGING_FILE_NAME", tmp.resolve("ui.log").toString());
    assertThat(env).containsKeys("SEGMENT_UI_API_KEYS", "SEGMENT_UI_AUDIT_LOG", "SEGMENT_UI_SECURE_COOKIE");
    env.put("SEGMENT_UI_AUDIT_LOG", tmp.resolve("ui-audit.log").toString());

    List<String> command = new ArrayList<>();
    for (String word : unit.get("ExecStart").split("\\s+")) {
      String expanded = expand(word, env);
      command.add(expanded.equals(INSTALLED_JAR) ? UI_JAR.toAbsolutePath().toString() : expanded);
    }
    command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("stdout.log").toFile());
    builder.environment().putAll(env);
    Process ui = builder.start();
    try {
      int status = waitForHttp("http://127.0.0.1:" + port + "/login", ui, 180);
      assertThat(status).as(tail()).isEqualTo(200);
    } finally {
      ui.destroy();  // SIGTERM, as systemctl stop
      assertThat(ui.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    // SuccessExitStatus=143: a stop by SIGTERM is a clean stop, not a failure to restart on.
    assertThat(unit.get("SuccessExitStatus")).isEqualTo("143");
    assertThat(ui.exitValue()).isIn(0, 143);
  }

  private String bcrypt(String password) throws IOException, InterruptedException {
    Process hash = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", UI_JAR.toAbsolutePath().toString(), "--hash-password").start();
    hash.getOutputStream().write((password + "\n").getBytes(StandardCharsets.UTF_8));
    hash.getOutputStream().close();
    String out = new String(hash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(hash.waitFor()).as(out).isZero();
    Matcher m = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return m.group();
  }

  private int waitForHttp(String url, Process ui, int seconds) throws Exception {
    for (int i = 0; i < seconds; i++) {
      if (!ui.isAlive()) {
        throw new AssertionError("the UI exited with " + ui.exitValue() + ":\n" + tail());
      }
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setConnectTimeout(1000);
        c.setReadTimeout(5000);
        return c.getResponseCode();
      } catch (IOException notYet) {
        Thread.sleep(1000);
      }
    }
    throw new AssertionError("no HTTP answer on " + url + " after " + seconds + " s:\n" + tail());
  }

  private String tail() throws IOException {
    List<String> lines = Files.readAllLines(tmp.resolve("stdout.log"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /** The unit's Key=Value lines (comments and sections skipped). */
  static Map<String, String> unitSettings(List<String> lines) {
    Map<String, String> settings = new LinkedHashMap<>();
    for (String line : lines) {
      if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("[") && line.contains("=")) {
        settings.put(line.substring(0, line.indexOf('=')).strip(), line.substring(line.indexOf('=') + 1).strip());
      }
    }
    return settings;
  }

  /** systemd's EnvironmentFile: KEY=VALUE, a value in single or double quotes loses them. */
  static Map<String, String> environmentFile(List<String> lines) {
    Map<String, String> env = new LinkedHashMap<>();
    for (String line : lines) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String value = line.substring(line.indexOf('=') + 1).strip();
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
            || value.startsWith("\"") && value.endsWith("\""))) {
          value = value.substring(1, value.length() - 1);
        }
        env.put(line.substring(0, line.indexOf('=')).strip(), value);
      }
    }
    return env;
  }

  /** ${VAR} inside a word is replaced by the value as it is (systemd does not split it). */
  static String expand(String word, Map<String, String> env) {
    Matcher m = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}").matcher(word);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(env.getOrDefault(m.group(1), "")));
    }
    return m.appendTail(out).toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
