package com.banksegment.ui.e2e;

import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.support.TestUsers;
import java.nio.file.Path;

/**
 * Starts the packaged app (java -Xmx512m -jar target/serving-ui.jar) a few times against a
 * fixture lake and prints how long it takes until the sign-in page answers with the run loaded,
 * and the JVM's peak resident memory. Run by serving-ui/bench/run-bench.sh.
 */
public final class StartupBenchmark {
  private StartupBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    FixtureLake lake = FixtureLake.shared();
    for (int i = 1; i <= runs; i++) {
      try (PackagedApp app = PackagedApp.start(lake.root(), TestUsers.CONFIG, Path.of("target", "bench", "startup-" + i + ".log"))) {
        System.out.printf(java.util.Locale.ROOT, "start-up run %d: ready in %d ms wall, %.1f s CPU (all threads); "
            + "peak resident memory %d MB (heap limit 512 MB)%n", i, app.startMillis(), app.cpuSeconds(), app.peakRssMb());
      }
    }
  }
}
