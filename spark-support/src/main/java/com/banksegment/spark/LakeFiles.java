package com.banksegment.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    FileSystem fs = fs(target);
    Path targetPath = new Path(target);
    Path aside = new Path(target + ".old-" + ProcessHandle.current().pid());
    try {
      fs.mkdirs(targetPath.getParent());
      boolean hadOld = fs.exists(targetPath);
      if (hadOld && !fs.rename(targetPath, aside)) {
        throw new IOException("rename " + targetPath + " -> " + aside + " refused");
      }
      if (!fs.rename(new Path(staging), targetPath)) {
        if (hadOld) {
          fs.rename(aside, targetPath);
        }
        throw new IOException("rename " + staging + " -> " + targetPath + " refused");
      }
      if (hadOld) {
        fs.delete(aside, true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish " + target + ": " + e.getMessage(), e);
    }
  }
}
