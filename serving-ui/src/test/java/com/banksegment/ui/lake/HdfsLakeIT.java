package com.banksegment.ui.lake;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.ui.explorer.service.ExplorerService;
import com.banksegment.ui.fixture.FixtureLake;
import com.banksegment.ui.fixture.FixtureRun;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.banksegment.ui.lake.service.CustomerSegments;
import com.banksegment.ui.lake.service.LakeFiles;
import com.banksegment.ui.lake.service.ParquetTables;
import com.banksegment.ui.lake.service.PublishedRunLoader;
import com.banksegment.ui.lake.service.PublishedRuns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.Test;

/** The lake on a real HDFS (MiniDFSCluster): the UI reads the run, finds customers and follows the pointer. */
class HdfsLakeIT {

  @Test
  void readsAPublishedRunFromHdfsAndFollowsItsPointer() throws Exception {
    FixtureLake local = FixtureLake.shared();
    Path work = Files.createTempDirectory("minidfs");
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, work.toString());
    MiniDFSCluster dfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    try {
      dfs.waitActive();
      FileSystem fs = dfs.getFileSystem();
      fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.root().toUri()), new org.apache.hadoop.fs.Path("/bank/lake"));
      String root = dfs.getURI() + "/bank/lake";

      SuiteSettings settings = SuiteSettings.load(List.of("segment.lake.root=" + root, "segment.ui.refresh-seconds=1"));
      MutableClock clock = new MutableClock();
      LakeFiles files = LakeFiles.withDefaults();
      PublishedRunLoader loader = new PublishedRunLoader(settings, files, new ParquetTables(files), clock);
      PublishedRuns runs = new PublishedRuns(settings, files, loader, clock);

      PublishedRun run = runs.current();
      assertThat(run.runDate()).isEqualTo(FixtureLake.RUN_DATE);
      FixtureRun fixture = FixtureRun.latest();
      assertThat(run.customers()).isEqualTo(fixture.customers().size());
      CustomerSegments customers = new CustomerSegments(loader, new ParquetTables(files));
      assertThat(customers.find(run, fixture.customer(123).id()).orElseThrow().whole("cluster_id"))
          .isEqualTo(fixture.customer(123).segmentId());
      assertThat(new ExplorerService(customers).stats(run).customers()).isEqualTo(fixture.customers().size());

      // A pointer to a run that is not there keeps the good run and says why.
      try (FSDataOutputStream out = fs.create(new org.apache.hadoop.fs.Path("/bank/lake/published/_LATEST"), true)) {
        out.write("2016-12-31\n".getBytes(StandardCharsets.UTF_8));
      }
      clock.advance(Duration.ofSeconds(2));
      assertThat(runs.current().runDate()).isEqualTo(RunDate.parse("2016-10-21"));
      assertThat(runs.warning()).hasValueSatisfying(w -> assertThat(w).contains("2016-12-31 has no model"));
    } finally {
      dfs.shutdown();
    }
  }
}
