package com.banksegment.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForklessLocalFileSystemTest {
  @TempDir
  java.nio.file.Path dir;

  @Test
  void setsTheModeChmodWouldSet() throws Exception {
    FileSystem fs = fileSystem();
    Path folder = new Path(dir.toUri().toString(), "a/b");
    assertThat(fs.mkdirs(folder, new FsPermission((short) 0750))).isTrue();
    Path file = new Path(folder, "part-0");
    try (OutputStream out = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
      out.write(42);
    }
    fs.setPermission(file, new FsPermission((short) 0604));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))))
        .isEqualTo("rwxr-x---");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/part-0"))))
        .isEqualTo("rw----r--");
    assertThat(fs.getFileStatus(file).getLen()).isEqualTo(1);
  }

  @Test
  void everyBitMapsToItsOwnPermission() {
    for (int mode = 0; mode < 01000; mode++) {
      assertThat(PosixFilePermissions.toString(ForklessLocalFileSystem.posix(mode)))
          .isEqualTo(PosixFilePermissions.toString(PosixFilePermissions.fromString(rwx(mode))));
    }
  }

  private static String rwx(int mode) {
    StringBuilder s = new StringBuilder();
    for (int shift = 6; shift >= 0; shift -= 3) {
      int b = (mode >> shift) & 7;
      s.append((b & 4) != 0 ? 'r' : '-').append((b & 2) != 0 ? 'w' : '-').append((b & 1) != 0 ? 'x' : '-');
    }
    return s.toString();
  }

  private static FileSystem fileSystem() throws Exception {
    Configuration conf = new Configuration();
    conf.set("fs.file.impl", ForklessLocalFileSystem.class.getName());
    conf.setBoolean("fs.file.impl.disable.cache", true);
    conf.set("fs.permissions.umask-mode", "000");
    FileSystem fs = FileSystem.get(URI.create("file:///"), conf);
    assertThat(fs).isInstanceOf(ForklessLocalFileSystem.class);
    return fs;
  }
}
