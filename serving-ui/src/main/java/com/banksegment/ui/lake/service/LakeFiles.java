package com.banksegment.ui.lake.service;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The lake seen through the Hadoop client, so that its root may be a local folder or an
 * {@code hdfs://} URI. Only reads: the UI never writes to the lake.
 */
public final class LakeFiles {
  private final Configuration hadoop;

  public LakeFiles(Configuration hadoop) {
    this.hadoop = hadoop;
  }

  public static LakeFiles withDefaults() {
    Configuration conf = new Configuration();
    // Local lakes are written by Spark with .crc side files; reading needs no checksum pass.
    conf.setBoolean("fs.file.impl.disable.cache", false);
    return new LakeFiles(conf);
  }

  public Configuration hadoop() {
    return hadoop;
  }

  public Path path(String location) {
    return new Path(URI.create(location.replace(" ", "%20")));
  }

  private FileSystem fs(Path p) throws IOException {
    return p.getFileSystem(hadoop);
  }

  /** The status of a file, empty when it does not exist: the cheap check behind the pointer watch. */
  public Optional<FileStatus> status(String location) throws IOException {
    Path p = path(location);
    try {
      return Optional.of(fs(p).getFileStatus(p));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }

  public boolean exists(String location) throws IOException {
    return status(location).isPresent();
  }

  public String readText(String location) throws IOException {
    try (InputStream in = open(location)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public InputStream open(String location) throws IOException {
    Path p = path(location);
    return fs(p).open(p);
  }

  /** The data files of a table partition: every file not hidden by a leading '_' or '.'. */
  public List<Path> dataFiles(String directory) throws IOException {
    Path dir = path(directory);
    FileSystem fs = fs(dir);
    if (!fs.exists(dir)) {
      throw new FileNotFoundException(directory);
    }
    List<Path> files = new ArrayList<>();
    for (FileStatus s : fs.listStatus(dir)) {
      String name = s.getPath().getName();
      if (s.isFile() && !name.startsWith("_") && !name.startsWith(".") && s.getLen() > 0) {
        files.add(s.getPath());
      }
    }
    files.sort(null);
    return files;
  }
}
