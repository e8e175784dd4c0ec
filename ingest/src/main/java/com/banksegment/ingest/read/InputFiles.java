package com.banksegment.ingest.read;

import com.banksegment.config.BadInputException;
import com.banksegment.contract.RawLayout;
import com.banksegment.ingest.parse.RawText;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Finds the raw files of an ingest (one file, or every visible file of a folder, in name order)
 * and checks each one's first lines on the driver, before Spark reads anything, so that problems
 * of the whole input end with a one-line {@link BadInputException} and nothing written.
 */
public final class InputFiles {
  /** The layout every input file must have (one today: the bank's). */
  private static final RawLayout LAYOUT = RawLayout.BANK;

  private InputFiles() {}

  /** One raw file; {@code index} is its position in name order, used to order duplicates. */
  public record InputFile(int index, String path, String name, long bytes) implements Serializable {}

  public static List<InputFile> resolve(String pathOrFolder, Configuration conf) {
    Path path = new Path(pathOrFolder);
    try {
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        throw new BadInputException("input " + pathOrFolder + ": no such file or folder");
      }
      List<FileStatus> statuses = new ArrayList<>();
      if (fs.getFileStatus(path).isDirectory()) {
        Arrays.stream(fs.listStatus(path))
            .filter(s -> s.isFile() && !isHidden(s.getPath().getName()))
            .sorted(Comparator.comparing(s -> s.getPath().getName()))
            .forEach(statuses::add);
        if (statuses.isEmpty()) {
          throw new BadInputException("input folder " + pathOrFolder + " has no files; expected CSV files of "
              + "the bank layout");
        }
      } else {
        if (isHidden(path.getName())) {
          throw new BadInputException("input " + pathOrFolder + ": file names starting with . or _ are "
              + "hidden from Hadoop's readers; rename the file");
        }
        statuses.add(fs.getFileStatus(path));
      }
      List<InputFile> files = new ArrayList<>();
      for (FileStatus status : statuses) {
        String qualified = status.getPath().toString();
        files.add(new InputFile(files.size(), qualified, status.getPath().getName(), status.getLen()));
      }
      return List.copyOf(files);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input " + pathOrFolder + ": " + e.getMessage(), e);
    }
  }

  /** Hadoop's bookkeeping (_SUCCESS, .crc): its input formats skip such names, and so do we. */
  private static boolean isHidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  /**
   * Checks every file's header and that the input has at least one row: an empty file, an
   * unrecognised header, or only headers in the whole input are problems of the whole input.
   */
  public static void checkHeadersAndRows(List<InputFile> files, Configuration conf) {
    boolean anyRows = false;
    for (InputFile file : files) {
      anyRows |= checkHeader(file, conf);
    }
    if (!anyRows) {
      String what = files.size() == 1 ? files.get(0).name() : "every one of the " + files.size() + " input files";
      throw new BadInputException(what + ": header only, no transaction rows");
    }
  }

  /** Returns whether the file has a non-blank line after its header. */
  private static boolean checkHeader(InputFile file, Configuration conf) {
    try (InputStream in = open(file, conf)) {
      String header = readLine(in);
      if (header == null || RawText.isBlank(header) && nextNonBlank(in) == null) {
        throw new BadInputException(file.name() + ": empty file, expected the header line "
            + LAYOUT.header() + " and transaction rows");
      }
      if (!LAYOUT.isHeader(header)) {
        throw new BadInputException(file.name() + ": header not recognised: expected "
            + RawText.show(LAYOUT.header(), 200) + " but found " + RawText.show(header, 200));
      }
      return nextNonBlank(in) != null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.path() + ": " + e.getMessage(), e);
    }
  }

  /** The file's bytes, decompressed when its name says so (.gz, .bz2), as TextInputFormat reads it. */
  private static InputStream open(InputFile file, Configuration conf) throws IOException {
    Path path = new Path(file.path());
    InputStream raw = path.getFileSystem(conf).open(path);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    return new BufferedInputStream(codec == null ? raw : codec.createInputStream(raw));
  }

  private static String nextNonBlank(InputStream in) throws IOException {
    for (String line = readLine(in); line != null; line = readLine(in)) {
      if (!RawText.isBlank(line)) {
        return line;
      }
    }
    return null;
  }

  /**
   * The next line as Spark will read it: up to {@code \n}, without a trailing {@code \r}, at most
   * 64 KiB of it (a header is far shorter; the rest of a longer line is skipped). Null at the end.
   */
  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    int b = in.read();
    if (b < 0) {
      return null;
    }
    for (; b >= 0 && b != '\n'; b = in.read()) {
      if (line.size() < 65_536) {
        line.write(b);
      }
    }
    String text = line.toString(StandardCharsets.UTF_8);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
