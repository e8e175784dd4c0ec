package com.banksegment.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Reading and writing lake files through Hadoop's FileSystem API, so the same code works on a
 * local folder and on HDFS. What replaces published data is not here: outputs reach their place
 * only through {@link com.banksegment.spark.commit.StagedCommit}.
 */
public final class LakeFileSystem {
  private final Configuration hadoopConf;

  public LakeFileSystem(Configuration hadoopConf) {
    this.hadoopConf = hadoopConf;
  }

  public static LakeFileSystem of(SparkSession spark) {
    return new LakeFileSystem(spark.sparkContext().hadoopConfiguration());
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

  public boolean isDirectory(String path) {
    try {
      return fs(path).getFileStatus(new Path(path)).isDirectory();
    } catch (FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + path, e);
    }
  }

  /** The entries of a folder; none when it does not exist (or is not a folder). */
  public List<FileStatus> list(String folder) {
    if (!isDirectory(folder)) {
      return List.of();
    }
    try {
      return Arrays.asList(fs(folder).listStatus(new Path(folder)));
    } catch (FileNotFoundException e) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  public void delete(String path) {
    try {
      fs(path).delete(new Path(path), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }

  /** Deletes a folder only if it is empty; a folder something else is writing into stays. */
  public void deleteIfEmpty(String folder) {
    try {
      FileSystem fs = fs(folder);
      Path path = new Path(folder);
      if (fs.exists(path) && fs.getFileStatus(path).isDirectory() && fs.listStatus(path).length == 0) {
        fs.delete(path, false);
      }
    } catch (IOException e) {
      // Not empty after all (another run started staging there), or gone already: leave it.
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
}
