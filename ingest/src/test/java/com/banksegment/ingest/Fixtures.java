package com.banksegment.ingest;

import com.banksegment.config.RunDate;
import com.banksegment.config.SuiteSettings;
import com.banksegment.contract.RawLayout;
import com.banksegment.spark.SparkTestSession;
import com.banksegment.spark.stage.StageContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Tiny raw files in the bank's layout, written as the bank writes them (CRLF), and settings on a temp lake. */
public final class Fixtures {
  private Fixtures() {}

  public static final String HEADER = RawLayout.BANK.header();

  /** Writes the lines joined by CRLF, each line terminated, as in the real file. */
  public static Path csv(Path file, String... lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append("\r\n");
    }
    return bytes(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Writes lines where some are raw bytes (binary junk), each terminated by CRLF. */
  static Path mixed(Path file, Object... lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object line : lines) {
      byte[] bytes = line instanceof byte[] b ? b : line.toString().getBytes(StandardCharsets.UTF_8);
      out.writeBytes(bytes);
      out.writeBytes(new byte[] {'\r', '\n'});
    }
    return bytes(file, out.toByteArray());
  }

  static Path bytes(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SuiteSettings settings(Path lake) {
    return SuiteSettings.load(List.of("segment.lake.root=" + lake));
  }

  /** The ingest of a run date into a temporary lake, in the shared test session. */
  static IngestJob ingest(Path lake, RunDate runDate) {
    return new IngestJob(StageContext.of(SparkTestSession.get(), settings(lake), runDate));
  }

  /** Every file under a folder, relative, sorted: what a run left in the lake. */
  static List<String> tree(Path root) {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
