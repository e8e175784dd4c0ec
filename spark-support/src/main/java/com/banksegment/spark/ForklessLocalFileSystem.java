package com.banksegment.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file://}, the embedded lake) without a process per file.
 * Without Hadoop's native library, which no Debian package or Maven artifact ships,
 * {@link RawLocalFileSystem#setPermission} runs {@code chmod} as a child process, and Hadoop calls
 * it for every directory it makes and every file it creates: 657 processes in one
 * {@code segment run} of the real 20,000-row file, each a fork of a gigabyte-sized JVM
 * (docs/benchmarks.md). This one sets the same permission bits through {@code java.nio}.
 * {@link SparkSessions} registers it for local masters only; a cluster's lake is on HDFS.
 */
public final class ForklessLocalFileSystem extends LocalFileSystem {
  public ForklessLocalFileSystem() {
    super(new Raw());
  }

  /** The raw (checksum-less) layer underneath, where the permission is set. */
  static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission.toShort()));
    }
  }

  /** The nine rwx bits of a Unix mode (what chmod's octal form sets; Hadoop's sticky bit has no local use). */
  static Set<PosixFilePermission> posix(int mode) {
    PosixFilePermission[] bits = {
        PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
        PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
        PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
    Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
    for (int i = 0; i < bits.length; i++) {
      if ((mode & (1 << i)) != 0) {
        out.add(bits[i]);
      }
    }
    return out;
  }
}
