package com.banksegment.ui.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application (target/serving-ui.jar) started as a user would, in its own JVM with
 * a 512 MB heap, on a free port. Measures the time until the sign-in page answers.
 */
final class PackagedApp implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;
  private final long startMillis;

  private PackagedApp(Process process, int port, Path log, long startMillis) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.startMillis = startMillis;
  }

  static PackagedApp start(Path lake, String users, Path log, String... conf) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("serving.ui.jar", "target/serving-ui.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " not found: the browser test drives the packaged app (mvn verify builds it)");
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-jar", jar.toString(),
        "--conf", "segment.lake.root=" + lake, "--conf", "segment.ui.users=" + users,
        "--conf", "segment.ui.refresh-seconds=2", "--server.port=" + port));
    for (String c : conf) {
      command.addAll(List.of("--conf", c));
    }
    Files.createDirectories(log.getParent());
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    PackagedApp app = new PackagedApp(p, port, log, 0);
    long started = app.waitUntilServing(t0, Duration.ofSeconds(90));
    return new PackagedApp(p, port, log, started);
  }

  private long waitUntilServing(long t0, Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the app stopped with exit code " + process.exitValue() + ":\n" + Files.readString(log));
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url() + "login")).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        // Ready when the sign-in page answers and the app has said where it serves (after loading the run).
        if (r.statusCode() == 200 && Files.readString(log).contains("Serving UI ready at")) {
          return (System.nanoTime() - t0) / 1_000_000;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the app did not answer within " + timeout + ":\n" + Files.readString(log));
  }

  String url() {
    return "http://localhost:" + port + "/";
  }

  long startMillis() {
    return startMillis;
  }

  String log() throws IOException {
    return Files.readString(log);
  }

  /** CPU seconds (user + system, all threads) the app's JVM has used so far (Linux /proc). */
  double cpuSeconds() throws IOException {
    String[] f = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat")).split("\\) ", 2)[1].split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
  }

  /** Peak resident memory of the app's JVM (Linux VmHWM), in MB. */
  long peakRssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
      }
    }
    return -1;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
