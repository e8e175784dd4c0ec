package com.banksegment.ui.bench;

import com.banksegment.config.SuiteSettings;
import com.banksegment.scorer.CustomerInput;
import com.banksegment.ui.batch.domain.BatchSummary;
import com.banksegment.ui.batch.service.BatchScoringService;
import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.lake.service.LakeFiles;
import com.banksegment.ui.lake.service.ParquetTables;
import com.banksegment.ui.lake.service.PublishedRunLoader;
import com.banksegment.ui.lake.service.PublishedRuns;
import com.banksegment.ui.predict.domain.CustomerForm;
import com.banksegment.ui.predict.domain.Prediction;
import com.banksegment.ui.predict.service.PredictionService;
import com.banksegment.ui.predict.ui.PredictionPanel;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmarks of the UI's server side (not a test: run by serving-ui/bench/run-bench.sh with
 * -Xmx512m). Predict: what the server does for one prediction request, from the form to the
 * answer's components and chart configurations. Batch: a 100,000-row CSV through the upload
 * checks, parsing, scoring and writing of the scored file.
 */
public final class ServingBenchmark {
  private ServingBenchmark() {}

  public static void main(String[] args) throws Exception {
    FixtureLake lake = FixtureLake.shared();
    SuiteSettings settings = SuiteSettings.load(List.of("segment.lake.root=" + lake.root(), "segment.ui.max-upload-mb=50"));
    LakeFiles files = LakeFiles.withDefaults();
    Clock clock = Clock.systemUTC();
    PublishedRuns runs = new PublishedRuns(settings, files, new PublishedRunLoader(settings, files, new ParquetTables(files), clock), clock);
    System.out.printf(Locale.ROOT, "model: %s, %d PCA components; heap limit %d MB; %d cores%n", runs.current().modelVersion(),
        runs.current().bundle().pcaDimension(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
        Runtime.getRuntime().availableProcessors());
    predict(runs);
    batch(runs, settings);
  }

  private static void predict(PublishedRuns runs) {
    PredictionService service = new PredictionService(runs, Clock.systemUTC());
    List<FixtureRun.Customer> customers = FixtureRun.latest().customers();
    int warmup = 5_000;
    int measured = 20_000;
    long[] nanos = new long[measured];
    long[] cpu = new long[measured];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int i = 0; i < warmup + measured; i++) {
      CustomerForm form = form(customers.get(i % customers.size()).input());
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Prediction p = service.predict(form);
      PredictionPanel panel = new PredictionPanel();
      panel.show(p);
      long t = System.nanoTime() - t0;
      long c = threads.getCurrentThreadCpuTime() - c0;
      sink += panel.segmentName().length();
      if (i >= warmup) {
        nanos[i - warmup] = t;
        cpu[i - warmup] = c;
      }
    }
    Arrays.sort(nanos);
    Arrays.sort(cpu);
    // Wall time includes waiting for a core on a busy machine; CPU time is what the request costs.
    System.out.printf(Locale.ROOT, "predict (form -> scorer -> answer components), %d requests: wall p50 %.3f ms, p99 %.3f ms, "
        + "max %.3f ms; CPU p50 %.3f ms, p99 %.3f ms (%d)%n", measured, nanos[measured / 2] / 1e6,
        nanos[(int) (measured * 0.99)] / 1e6, nanos[measured - 1] / 1e6, cpu[measured / 2] / 1e6,
        cpu[(int) (measured * 0.99)] / 1e6, sink % 10);
  }

  private static CustomerForm form(CustomerInput c) {
    CustomerForm form = new CustomerForm();
    form.setAge((int) c.age());
    form.setGender(c.gender().name());
    form.setBalance(c.balance());
    form.setRecencyDays((int) c.recencyDays());
    form.setFrequency((int) c.frequency());
    form.setMonetary(c.monetary());
    return form;
  }

  private static void batch(PublishedRuns runs, SuiteSettings settings) throws Exception {
    Path csv = Files.createTempFile("bench-100k-", ".csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv)) {
      w.write("customer_id,age,gender,balance,recency_days,frequency,monetary\n");
      List<FixtureRun.Customer> customers = FixtureRun.latest().customers();
      for (int i = 0; i < 100_000; i++) {
        FixtureRun.Customer c = customers.get(i % customers.size());
        CustomerInput in = c.input();
        w.write(String.format(Locale.ROOT, "%s,%.0f,%s,%.2f,%.0f,%.0f,%.2f%n", c.id(), in.age(), in.gender(), in.balance(),
            in.recencyDays(), in.frequency(), in.monetary()));
      }
    }
    BatchScoringService service = new BatchScoringService(runs, settings, new com.banksegment.ui.audit.service.AuditLog(settings));
    long size = Files.size(csv);
    for (int run = 1; run <= 5; run++) {
      long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      BatchScoringService.ScoredFile scored;
      try (InputStream in = Files.newInputStream(csv)) {
        scored = service.score(in, "bench.csv", "text/csv", size);
      }
      long millis = (System.nanoTime() - t0) / 1_000_000;
      long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1_000_000;
      BatchSummary s = scored.summary();
      System.out.printf(Locale.ROOT, "batch run %d: %,d rows (%.1f MB) scored %,d, rejected %d in %d ms wall, %d ms CPU; used heap %d MB%n",
          run, s.rows(), size / 1e6, s.scored(), s.rejected(), millis, cpuMillis,
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
      Files.delete(scored.output());
    }
    Files.delete(csv);
  }
}
