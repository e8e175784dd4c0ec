package com.banksegment.spark.commit;

import com.banksegment.spark.LakeFileSystem;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileStatus;

/**
 * Names the staging folder of a run ({@code run_date=D-<host>-<pid>}) and removes the folders of
 * runs that will never finish: a run killed with {@code kill -9}, or a driver that died, leaves
 * its staged outputs behind, and its next run must not leave them there for ever.
 *
 * <p>A folder of this host whose process is no longer running is stale at once. A folder of
 * another host (in YARN cluster mode the driver runs on any node, and this host cannot see its
 * processes) is stale once it is older than the configured age; so is one of this host whose
 * process id a later process has taken.
 */
final class StagingSweep {
  private static final Pattern RUN_FOLDER = Pattern.compile("run_date=\\d{4}-\\d{2}-\\d{2}-(.+)-(\\d+)");
  private static final String HOST = hostName();

  private StagingSweep() {}

  /** The staging folder name of this process's run of a date. */
  static String runFolder(String runDatePartition) {
    return runDatePartition + "-" + HOST + "-" + ProcessHandle.current().pid();
  }

  /** Removes the stale run folders under {@code stageFolder}; returns their paths. */
  static List<String> sweep(LakeFileSystem files, String stageFolder, Duration staleAge, long nowMillis) {
    List<String> swept = new ArrayList<>();
    for (FileStatus entry : files.list(stageFolder)) {
      if (isStale(entry.getPath().getName(), entry.getModificationTime(), staleAge, nowMillis)) {
        files.delete(entry.getPath().toString());
        swept.add(entry.getPath().toString());
      }
    }
    return swept;
  }

  static boolean isStale(String name, long modifiedMillis, Duration staleAge, long nowMillis) {
    Matcher m = RUN_FOLDER.matcher(name);
    boolean old = nowMillis - modifiedMillis > staleAge.toMillis();
    if (m.matches() && m.group(1).equals(HOST)) {
      long pid = Long.parseLong(m.group(2));
      return pid != ProcessHandle.current().pid()
          && (old || ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    }
    return old;
  }

  static String host() {
    return HOST;
  }

  /** This machine's name as a folder name can hold it. */
  private static String hostName() {
    String name;
    try {
      name = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      name = System.getenv().getOrDefault("HOSTNAME", "localhost");
    }
    return name.replaceAll("[^A-Za-z0-9.-]", "_");
  }
}
