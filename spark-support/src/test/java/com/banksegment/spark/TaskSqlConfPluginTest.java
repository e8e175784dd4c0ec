package com.banksegment.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.internal.SQLConf;
import org.junit.jupiter.api.Test;

class TaskSqlConfPluginTest {
  private final SparkSession spark = SparkTestSession.get();

  @Test
  void aTaskReadsOneSqlConfBuiltFromItsOwnProperties() {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    sc.setLocalProperty("spark.sql.caseSensitive", "true");
    try {
      List<String> seen = sc.parallelize(List.of(1, 2, 3, 4), 4).map(i -> {
        SQLConf first = SQLConf.get();
        SQLConf second = SQLConf.get();
        return (first == second) + " " + first.getClass().getSimpleName() + " " + first.caseSensitiveAnalysis()
            + " " + System.identityHashCode(first);
      }).collect();

      assertThat(seen).hasSize(4).allSatisfy(s -> assertThat(s).startsWith("true TaskSqlConf true "));
      // One conf per task, not one per executor thread for ever: four tasks, four confs.
      assertThat(seen.stream().map(s -> s.substring(s.lastIndexOf(' ') + 1)).distinct()).hasSize(4);
    } finally {
      sc.setLocalProperty("spark.sql.caseSensitive", null);
    }
  }

  @Test
  void aThreadThatRunsTheNextTaskGetsThatTasksConfNotTheLastOnes() {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // Sequential one-task jobs: the executor's pool hands them the same idle thread.
    java.util.Map<Long, java.util.Set<Integer>> confsByThread = new java.util.HashMap<>();
    int jobs = 6;
    for (int job = 0; job < jobs; job++) {
      long[] threadAndConf = sc.parallelize(List.of(1), 1)
          .map(i -> new long[] {Thread.currentThread().getId(), System.identityHashCode(SQLConf.get())})
          .collect().get(0);
      confsByThread.computeIfAbsent(threadAndConf[0], t -> new java.util.HashSet<>()).add((int) threadAndConf[1]);
    }
    int reused = confsByThread.values().stream().mapToInt(java.util.Set::size).sum();
    assertThat(confsByThread.size()).as("a thread ran more than one task").isLessThan(jobs);
    assertThat(reused).as("every task had its own conf").isEqualTo(jobs);
    assertThat(TaskSqlConfPlugin.existingConfSlot().get()).as("the driver thread's slot").isNull();
  }

  @Test
  void theSuitesPluginIsAddedToACLustersOwnList() {
    java.util.Properties submitted = new java.util.Properties();
    submitted.setProperty("spark.plugins", "com.example.Metrics");
    assertThat(SparkSessions.sessionConf(new com.banksegment.config.SparkSettings("yarn", "app", 2, java.util.Map.of()),
        submitted)).containsEntry("spark.plugins", "com.example.Metrics," + TaskSqlConfPlugin.class.getName());
    assertThat(SparkSessions.sessionConf(new com.banksegment.config.SparkSettings("local[2]", "app", 2,
        java.util.Map.of()), new java.util.Properties())).containsEntry("spark.plugins",
        TaskSqlConfPlugin.class.getName());
  }
}
