package com.banksegment.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * File operations on the lake through the Hadoop FileSystem API, so the same code works on a
 * local folder and on HDFS. Publishing is "write to staging, then rename into place": a reader
 * sees the old partition or the new one, never half of one.
 */
public final class LakeFiles {
  private final Configuration hadoopConf;

  public LakeFiles(Configuration hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  public static LakeFiles of(SparkSession spark) {
    return new LakeFiles(spark.sparkContext().hadoopConfiguration());
  }

  public FileSystem fs(String path) {
    try {
      return new Path(path).getFileSystem(hadoopConf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach file system of " + path, e);
    }
  }

  public boolean exists(String path) {
    try {
      return fs(path).exists(new Path(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + path, e);
    }
  }

  public void delete(String path) {
    try {
      fs(path).delete(new Path(path), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }

  public void writeText(String path, String text) {
    try (FSDataOutputStream out = fs(path).create(new Path(path), true)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  public String readText(String path) {
    try (var in = fs(path).open(new Path(path))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Writes text to a temporary sibling then renames it over {@code path}, so readers never see it half written. */
  public void writeTextAtomically(String path, String text) {
    String tmp = path + ".tmp-" + ProcessHandle.current().pid();
    writeText(tmp, text);
    replace(tmp, path);
  }

  /**
   * Moves a fully written staging folder to {@code target}, replacing what was there. The old
   * target is first renamed aside and only deleted once the new one is in place, so a failure
   * at any point leaves either the old or the new data, never nothing.
   */
  public void replace(String staging, String target) {
    replaceTogether(Map.of(staging, target));
  }

  /**
   * Moves several staged folders over their targets as one step: every old target is renamed
   * aside first, then every staged folder is renamed in. If any rename is refused, the ones done
   * are undone and every old target restored, so the tables change together or not at all. Only
   * the death of the process between two renames can leave them apart (re-running the date
   * repairs that); the old folders are deleted last.
   *
   * @param stagingToTarget staged folder to the target it replaces, committed in this order
   */
  public void replaceTogether(Map<String, String> stagingToTarget) {
    List<Path[]> setAside = new ArrayList<>();
    List<Path> movedIn = new ArrayList<>();
    String current = null;
    try {
      for (String target : stagingToTarget.values()) {
        current = target;
        FileSystem fs = fs(target);
        Path targetPath = new Path(target);
        fs.mkdirs(targetPath.getParent());
        if (fs.exists(targetPath)) {
          Path aside = new Path(target + ".old-" + ProcessHandle.current().pid());
          if (!fs.rename(targetPath, aside)) {
            throw new IOException("rename " + targetPath + " -> " + aside + " refused");
          }
          setAside.add(new Path[] {targetPath, aside});
        }
      }
      for (Map.Entry<String, String> move : stagingToTarget.entrySet()) {
        current = move.getValue();
        Path targetPath = new Path(move.getValue());
        if (!fs(move.getValue()).rename(new Path(move.getKey()), targetPath)) {
          throw new IOException("rename " + move.getKey() + " -> " + targetPath + " refused");
        }
        movedIn.add(targetPath);
      }
    } catch (IOException e) {
      undo(movedIn, setAside);
      throw new UncheckedIOException("cannot publish " + current + ": " + e.getMessage()
          + "; the previous data is back in place", e);
    }
    for (Path[] old : setAside) {
      delete(old[1].toString());
    }
  }

  private void undo(List<Path> movedIn, List<Path[]> setAside) {
    for (Path target : movedIn) {
      delete(target.toString());
    }
    for (Path[] old : setAside) {
      try {
        fs(old[0].toString()).rename(old[1], old[0]);
      } catch (IOException restoreFailed) {
        throw new UncheckedIOException("cannot restore " + old[0] + " from " + old[1]
            + ": move it back by hand", restoreFailed);
      }
    }
  }
}
