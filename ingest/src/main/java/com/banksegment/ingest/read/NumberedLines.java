package com.banksegment.ingest.read;

import com.banksegment.ingest.parse.ParsedLine;
import com.banksegment.ingest.parse.RawRecordParser;
import com.banksegment.ingest.parse.RawText;
import com.banksegment.ingest.read.InputFiles.InputFile;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * The raw files' physical lines with their 1-based line numbers (header = line 1), read through
 * Hadoop's TextInputFormat so large files are split across cores (local or HDFS alike).
 *
 * <p>A split does not know how many lines came before it, so numbering takes two passes, as
 * {@code zipWithIndex} would: {@link #countSplits()} counts the lines of every split of every
 * file in one job, then {@link #parse} numbers each split's lines from that offset while parsing.
 * The count also gives the number of input rows independently of the parse, which is what the
 * job's "input = clean + quarantined" check compares against.
 *
 * <p>Lines end at {@code \n}; a {@code \r} before it (CRLF files) is dropped, a lone {@code \r}
 * stays in the line, so numbers match what {@code wc -l} and editors show.
 */
public final class NumberedLines {
  /** Below this a file is not split: the overhead of a task would outweigh the work. */
  private static final long MIN_SPLIT_BYTES = 8L << 20;

  private final List<InputFile> files;
  private final JavaNewHadoopRDD<LongWritable, Text> lines;

  /** One split per core (each core parses, each split writes one Parquet file), none below 8 MiB. */
  public NumberedLines(JavaSparkContext jsc, List<InputFile> files) {
    this(jsc, files, Math.max(MIN_SPLIT_BYTES,
        files.stream().mapToLong(InputFile::bytes).sum() / Math.max(1, jsc.defaultParallelism()) + 1));
  }

  /** With splits of at most {@code splitBytes}; tests use it to cut a small file into many splits. */
  public NumberedLines(JavaSparkContext jsc, List<InputFile> files, long splitBytes) {
    this.files = files;
    try {
      Job job = Job.getInstance(new Configuration(jsc.hadoopConfiguration()));
      job.getConfiguration().set("textinputformat.record.delimiter", "\n");
      job.getConfiguration().setLong(FileInputFormat.SPLIT_MAXSIZE, splitBytes);
      FileInputFormat.setInputPaths(job, files.stream().map(f -> new Path(f.path())).toArray(Path[]::new));
      this.lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopRDD(
          job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up reading of the input files: " + e.getMessage(), e);
    }
  }

  /** Lines of every split (pass 1). */
  public SplitCounts countSplits() {
    List<SplitCount> counts = lines.mapPartitionsWithInputSplit(NumberedLines::countSplit, false).collect();
    return new SplitCounts(counts, files.size());
  }

  /**
   * Pass 2: every non-blank data line parsed, and turned into the caller's choice of row
   * ({@code null} drops the line), so a step that needs two columns does not pay for converting
   * all of them.
   */
  public JavaRDD<Row> parse(SplitCounts counts, LineToRow toRow) {
    Map<String, InputFile> byPath = new HashMap<>();
    files.forEach(f -> byPath.put(f.path(), f));
    Map<String, Long> linesBefore = counts.linesBeforeEachSplit();
    return lines.mapPartitionsWithInputSplit((split, records) -> {
      FileSplit fileSplit = (FileSplit) split;
      InputFile file = byPath.get(fileSplit.getPath().toString());
      Long lineNumber = linesBefore.get(SplitCount.key(fileSplit));
      if (file == null || lineNumber == null) {
        throw new IllegalStateException("input split " + SplitCount.key(fileSplit) + " was not counted in pass 1");
      }
      return new ParsingIterator(records, file, lineNumber, new RawRecordParser(), toRow);
    }, false);
  }

  /** Makes the row of one parsed line, or null to drop it. */
  @FunctionalInterface
  public interface LineToRow extends Serializable {
    Row apply(ParsedLine parsed, InputFile file, long lineNumber, String rawLine);
  }

  private static Iterator<SplitCount> countSplit(InputSplit split, Iterator<Tuple2<LongWritable, Text>> records) {
    long lines = 0;
    long blank = 0;
    while (records.hasNext()) {
      Text text = records.next()._2();
      lines++;
      if (RawText.isBlank(text.getBytes(), text.getLength())) {
        blank++;
      }
    }
    FileSplit fileSplit = (FileSplit) split;
    return List.of(new SplitCount(fileSplit.getPath().toString(), fileSplit.getStart(), lines, blank)).iterator();
  }

  /** Parses a split's lines lazily, skipping the header (line 1) and blank lines. */
  private static final class ParsingIterator implements Iterator<Row> {
    private final Iterator<Tuple2<LongWritable, Text>> records;
    private final InputFile file;
    private final RawRecordParser parser;
    private final LineToRow toRow;
    private long lineNumber;
    private Row next;

    ParsingIterator(Iterator<Tuple2<LongWritable, Text>> records, InputFile file, long linesBefore,
        RawRecordParser parser, LineToRow toRow) {
      this.records = records;
      this.toRow = toRow;
      this.file = file;
      this.lineNumber = linesBefore;
      this.parser = parser;
    }

    @Override
    public boolean hasNext() {
      while (next == null && records.hasNext()) {
        Text text = records.next()._2();
        lineNumber++;
        if (lineNumber > 1 && !RawText.isBlank(text.getBytes(), text.getLength())) {
          String line = text.toString();
          if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
          }
          next = toRow.apply(parser.parse(line), file, lineNumber, line);
        }
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      Row row = next;
      next = null;
      return row;
    }
  }

  /** Lines (and blank lines) of one split of one file. */
  public record SplitCount(String path, long start, long lines, long blankLines) implements Serializable {
    static String key(FileSplit split) {
      return split.getPath().toString() + "@" + split.getStart();
    }

    String key() {
      return path + "@" + start;
    }
  }

  /** What pass 1 found: where each split's numbering starts, and the number of input rows. */
  public static final class SplitCounts {
    private final List<SplitCount> counts;
    private final int files;

    SplitCounts(List<SplitCount> counts, int files) {
      this.counts = List.copyOf(counts);
      this.files = files;
    }

    /** Non-blank lines after each file's header: the rows of the input. */
    public long inputRows() {
      return counts.stream().mapToLong(c -> c.lines() - c.blankLines()).sum() - files;
    }

    /** Non-blank data lines per file path. */
    public Map<String, Long> rowsPerFile() {
      Map<String, Long> rows = new TreeMap<>();
      counts.forEach(c -> rows.merge(c.path(), c.lines() - c.blankLines(), Long::sum));
      rows.replaceAll((path, n) -> n - 1);
      return rows;
    }

    /** Lines in the same file before each split, keyed by {@link SplitCount#key()}. */
    public HashMap<String, Long> linesBeforeEachSplit() {
      Map<String, List<SplitCount>> byFile = new TreeMap<>();
      counts.forEach(c -> byFile.computeIfAbsent(c.path(), p -> new ArrayList<>()).add(c));
      HashMap<String, Long> before = new HashMap<>();
      for (List<SplitCount> splits : byFile.values()) {
        splits.sort((a, b) -> Long.compare(a.start(), b.start()));
        long seen = 0;
        for (SplitCount split : splits) {
          before.put(split.key(), seen);
          seen += split.lines();
        }
      }
      return before;
    }
  }
}
