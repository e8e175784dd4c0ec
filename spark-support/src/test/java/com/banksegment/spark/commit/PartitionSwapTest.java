package com.banksegment.spark.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.spark.LakeFileSystem;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing outputs by renames on the local file system through Hadoop's API (no Spark needed). */
class PartitionSwapTest {
  @TempDir
  Path lake;
  final LakeFileSystem files = new LakeFileSystem(new Configuration());

  Path table(String name, String content) throws Exception {
    Path dir = Files.createDirectories(lake.resolve(name));
    Files.writeString(dir.resolve("part-0"), content);
    return dir;
  }

  @Test
  void replacesTwoTablesTogetherAndRemovesTheOldCopies() throws Exception {
    table("clean/run_date=D", "old clean");
    table("quarantine/run_date=D", "old quarantine");
    Map<String, String> moves = new LinkedHashMap<>();
    moves.put(table("_staging/clean", "new clean").toString(), lake.resolve("clean/run_date=D").toString());
    moves.put(table("_staging/quarantine", "new quarantine").toString(), lake.resolve("quarantine/run_date=D").toString());

    PartitionSwap.replaceTogether(files, moves);

    assertThat(lake.resolve("clean/run_date=D/part-0")).hasContent("new clean");
    assertThat(lake.resolve("quarantine/run_date=D/part-0")).hasContent("new quarantine");
    try (var left = Files.list(lake.resolve("clean"))) {
      assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("run_date=D");
    }
  }

  @Test
  void whenTheSecondMoveFailsTheFirstTableIsRestored() throws Exception {
    table("clean/run_date=D", "old clean");
    table("quarantine/run_date=D", "old quarantine");
    Map<String, String> moves = new LinkedHashMap<>();
    moves.put(table("_staging/clean", "new clean").toString(), lake.resolve("clean/run_date=D").toString());
    moves.put(lake.resolve("_staging/quarantine-never-written").toString(),
        lake.resolve("quarantine/run_date=D").toString());

    assertThatThrownBy(() -> PartitionSwap.replaceTogether(files, moves))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("quarantine/run_date=D")
        .hasMessageContaining("previous data is back in place");

    assertThat(lake.resolve("clean/run_date=D/part-0")).hasContent("old clean");
    assertThat(lake.resolve("quarantine/run_date=D/part-0")).hasContent("old quarantine");
  }

  @Test
  void aFirstRunHasNothingToSetAside() throws Exception {
    PartitionSwap.replaceTogether(files, Map.of(table("_staging/t", "first").toString(),
        lake.resolve("t/run_date=D").toString()));

    assertThat(lake.resolve("t/run_date=D/part-0")).hasContent("first");
  }
}
