package com.banksegment.spark;

import java.lang.reflect.Method;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.TaskFailedReason;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.api.plugin.SparkPlugin;
import org.apache.spark.sql.internal.ReadOnlySQLConf;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.internal.SQLConf$;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each running task one SQL configuration instead of a new one per call (issue 10's
 * Spark 4.2 regression, docs/benchmarks.md).
 *
 * <p>Inside a task, Spark's {@code SQLConf.get} builds a new {@code ReadOnlySQLConf} on every
 * call unless the thread already holds one. Spark 4.2's types framework calls it from
 * {@code PhysicalDataType.apply}, which interpreted expressions reach for every array element
 * they read: Spark ML's check that no feature vector holds NaN (in K-means, the summariser behind
 * scaling, the classifiers) is such an expression. Profiled on the same K-means sweep, a quarter of
 * Spark 4.2's CPU went into building those configurations, none of Spark 4.1's.
 *
 * <p>At task start this plugin puts one configuration in the slot Spark reads first (the thread's
 * "existing" conf, as {@code SQLConf.withExistingConf} would), built exactly as Spark builds it,
 * from the task's own properties, and removes it when the task ends. The slot is private in
 * Spark, so it is found by reflection once per executor; if a Spark version moves it the plugin
 * logs one warning and does nothing, and tasks run as before.
 */
public final class TaskSqlConfPlugin implements SparkPlugin {
  private static final Logger LOG = LoggerFactory.getLogger(TaskSqlConfPlugin.class);

  @Override
  public DriverPlugin driverPlugin() {
    return null;
  }

  @Override
  public ExecutorPlugin executorPlugin() {
    return new OneConfPerTask();
  }

  /** The executor side: fills the thread's conf slot when a task starts, empties it when it ends. */
  static final class OneConfPerTask implements ExecutorPlugin {
    private ThreadLocal<SQLConf> slot;

    @Override
    public void init(PluginContext context, Map<String, String> extraConf) {
      slot = existingConfSlot();
    }

    @Override
    public void onTaskStart() {
      TaskContext task = TaskContext.get();
      if (slot != null && task != null && slot.get() == null) {
        slot.set(new TaskSqlConf(task));
      }
    }

    @Override
    public void onTaskSucceeded() {
      clear();
    }

    @Override
    public void onTaskFailed(TaskFailedReason reason) {
      clear();
    }

    private void clear() {
      if (slot != null && slot.get() instanceof TaskSqlConf) {
        slot.remove();
      }
    }
  }

  @SuppressWarnings("unchecked")
  static ThreadLocal<SQLConf> existingConfSlot() {
    try {
      Method accessor = SQLConf$.class.getDeclaredMethod("existingConf");
      accessor.setAccessible(true);
      return (ThreadLocal<SQLConf>) accessor.invoke(SQLConf$.MODULE$);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("Spark's per-thread SQL conf slot not found ({}); tasks build their SQL conf per call as Spark does", e);
      return null;
    }
  }

  /**
   * The configuration Spark would build for the task, read once. The types-framework flag is also
   * cached: unset (as in production) its default asks the process environment on every read.
   */
  static final class TaskSqlConf extends ReadOnlySQLConf {
    private Boolean typesFramework;

    TaskSqlConf(TaskContext task) {
      super(task);
    }

    @Override
    public boolean typesFrameworkEnabled() {
      if (typesFramework == null) {
        typesFramework = super.typesFrameworkEnabled();
      }
      return typesFramework;
    }
  }
}
