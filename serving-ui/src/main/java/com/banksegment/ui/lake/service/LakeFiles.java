package com.banksegment.ui.lake.service;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;

/**
 * The lake, read-only: a local folder through java.nio, or any other file system ({@code hdfs://})
 * through the Hadoop client. Local lakes never touch Hadoop's FileSystem, which would cost the
 * UI seconds of start-up (user login, configuration) for nothing.
 */
public final class LakeFiles {
  /** What the pointer watch compares: when a file changed and how long it is. */
  public record Stamp(long modifiedMillis, long length) {}

  private volatile Configuration hadoop;

  public static LakeFiles withDefaults() {
    return new LakeFiles();
  }

  /** A location without a scheme, or with {@code file:}, is a local path. */
  public static boolean isLocal(String location) {
    int colon = location.indexOf(':');
    int slash = location.indexOf('/');
    return colon < 0 || (slash >= 0 && slash < colon) || location.startsWith("file:");
  }

  private static Path local(String location) {
    return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
  }

  private Configuration hadoop() {
    if (hadoop == null) {
      synchronized (this) {
        if (hadoop == null) {
          hadoop = new Configuration();
        }
      }
    }
    return hadoop;
  }

  private org.apache.hadoop.fs.Path hadoopPath(String location) {
    return new org.apache.hadoop.fs.Path(URI.create(location));
  }

  private FileSystem fs(org.apache.hadoop.fs.Path p) throws IOException {
    return p.getFileSystem(hadoop());
  }

  /** The stamp of a file, empty when it does not exist: one cheap stat. */
  public Optional<Stamp> status(String location) throws IOException {
    if (isLocal(location)) {
      try {
        BasicFileAttributes a = Files.readAttributes(local(location), BasicFileAttributes.class);
        return Optional.of(new Stamp(a.lastModifiedTime().toMillis(), a.size()));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
    }
    org.apache.hadoop.fs.Path p = hadoopPath(location);
    try {
      FileStatus s = fs(p).getFileStatus(p);
      return Optional.of(new Stamp(s.getModificationTime(), s.getLen()));
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }

  public String readText(String location) throws IOException {
    try (InputStream in = open(location)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Opens a file; a missing one throws {@link FileNotFoundException} whatever the file system. */
  public InputStream open(String location) throws IOException {
    if (isLocal(location)) {
      try {
        return Files.newInputStream(local(location));
      } catch (NoSuchFileException e) {
        throw new FileNotFoundException(location);
      }
    }
    org.apache.hadoop.fs.Path p = hadoopPath(location);
    return fs(p).open(p);
  }

  /** The data files of a table partition: every non-empty file not hidden by a leading '_' or '.'. */
  public List<String> dataFiles(String directory) throws IOException {
    List<String> files = new ArrayList<>();
    if (isLocal(directory)) {
      Path dir = local(directory);
      if (!Files.isDirectory(dir)) {
        throw new FileNotFoundException(directory);
      }
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> Files.isRegularFile(p) && visible(p.getFileName().toString()) && size(p) > 0)
            .map(Path::toString).forEach(files::add);
      }
    } else {
      org.apache.hadoop.fs.Path dir = hadoopPath(directory);
      FileSystem fs = fs(dir);
      if (!fs.exists(dir)) {
        throw new FileNotFoundException(directory);
      }
      for (FileStatus s : fs.listStatus(dir)) {
        if (s.isFile() && visible(s.getPath().getName()) && s.getLen() > 0) {
          files.add(s.getPath().toString());
        }
      }
    }
    files.sort(null);
    return files;
  }

  /** The names of the sub-folders of a folder, sorted; empty when it does not exist. */
  public List<String> subfolders(String directory) throws IOException {
    List<String> names = new ArrayList<>();
    if (isLocal(directory)) {
      Path dir = local(directory);
      if (!Files.isDirectory(dir)) {
        return names;
      }
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).forEach(names::add);
      }
    } else {
      org.apache.hadoop.fs.Path dir = hadoopPath(directory);
      FileSystem fs = fs(dir);
      if (!fs.exists(dir)) {
        return names;
      }
      for (FileStatus s : fs.listStatus(dir)) {
        if (s.isDirectory()) {
          names.add(s.getPath().getName());
        }
      }
    }
    names.sort(null);
    return names;
  }

  /** A Parquet input file over either file system. */
  public InputFile inputFile(String location) throws IOException {
    return isLocal(location) ? new LocalInputFile(local(location)) : HadoopInputFile.fromPath(hadoopPath(location), hadoop());
  }

  private static boolean visible(String name) {
    return !name.startsWith("_") && !name.startsWith(".");
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
