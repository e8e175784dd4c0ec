package com.banksegment.ingest.read;

import com.banksegment.ingest.parse.LineParser;
import com.banksegment.ingest.parse.CleanRecord;
import com.banksegment.ingest.parse.ParsedLine;
import com.banksegment.ingest.parse.RawRecordParser;
import com.banksegment.ingest.parse.RawText;
import com.banksegment.ingest.read.InputFiles.InputFile;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>The counting pass parses its lines too (no line numbers needed for that), so that what the
 * writing passes need to know about the whole input comes out of the one read: how many lines of
 * each split are rejected (a split without any needs no quarantine pass) and the 64-bit hash of
 * every clean line's TransactionID (repeated ids, found on the driver without a shuffle).
 *
 * <p>Lines end at {@code \n}; a {@code \r} before it (CRLF files) is dropped, a lone {@code \r}
 * stays in the line, so numbers match what {@code wc -l} and editors show.
 */
public final class NumberedLines {
  /** Below this a file is not split: the overhead of a task would outweigh the work. */
  private static final long MIN_SPLIT_BYTES = 8L << 20;

  private final List<InputFile> files;
  private final JavaNewHadoopRDD<LongWritable, Text> lines;
  private LineParser.Factory parsers = RawRecordParser::new;

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

  /** Parses the lines with the given source's parser (default: the bank layout's). */
  public NumberedLines parsedBy(LineParser.Factory parsers) {
    this.parsers = parsers;
    return this;
  }

  /** Lines of every split, its rejected lines and the hashes of its clean TransactionIDs (pass 1). */
  public SplitCounts countSplits() {
    LineParser.Factory parserOfEachSplit = parsers;
    List<SplitCount> counts = lines.mapPartitionsWithInputSplit(
        (split, records) -> countSplit(split, records, parserOfEachSplit.create()), false).collect();
    return new SplitCounts(counts, files.size());
  }

  /**
   * Pass 2: every non-blank data line parsed, and turned into the caller's choice of row
   * ({@code null} drops the line), so a step that needs two columns does not pay for converting
   * all of them.
   */
  public JavaRDD<Row> parse(SplitCounts counts, LineToRow toRow) {
    return parse(counts, toRow, null);
  }

  /**
   * As {@link #parse(SplitCounts, LineToRow)}, reading only the splits named in {@code onlySplits}
   * ({@link SplitCount#key()}; null: all): the others' partitions stay, empty. The quarantine
   * reads only {@link SplitCounts#splitsToQuarantine the splits that have something for it}.
   */
  public JavaRDD<Row> parse(SplitCounts counts, LineToRow toRow, Set<String> onlySplits) {
    Map<String, InputFile> byPath = new HashMap<>();
    files.forEach(f -> byPath.put(f.path(), f));
    Map<String, Long> linesBefore = counts.linesBeforeEachSplit();
    LineParser.Factory parserOfEachSplit = parsers;
    HashSet<String> toRead = onlySplits == null ? null : new HashSet<>(onlySplits);
    return lines.mapPartitionsWithInputSplit((split, records) -> {
      FileSplit fileSplit = (FileSplit) split;
      InputFile file = byPath.get(fileSplit.getPath().toString());
      Long lineNumber = linesBefore.get(SplitCount.key(fileSplit));
      if (file == null || lineNumber == null) {
        throw new IllegalStateException("input split " + SplitCount.key(fileSplit) + " was not counted in pass 1");
      }
      if (toRead != null && !toRead.contains(SplitCount.key(fileSplit))) {
        return Collections.emptyIterator();
      }
      return new ParsingIterator(records, file, lineNumber, parserOfEachSplit.create(), toRow);
    }, false);
  }

  /** Makes the row of one parsed line, or null to drop it. */
  @FunctionalInterface
  public interface LineToRow extends Serializable {
    Row apply(ParsedLine parsed, InputFile file, long lineNumber, String rawLine);
  }

  private static Iterator<SplitCount> countSplit(InputSplit split, Iterator<Tuple2<LongWritable, Text>> records,
      LineParser parser) {
    FileSplit fileSplit = (FileSplit) split;
    IdHashes ids = new IdHashes();
    long lines = 0;
    long blank = 0;
    long rejected = 0;
    while (records.hasNext()) {
      Text text = records.next()._2();
      lines++;
      if (RawText.isBlank(text.getBytes(), text.getLength())) {
        blank++;
      } else if (lines > 1 || fileSplit.getStart() > 0) { // line 1 of a file is its header
        if (parser.parse(dataLine(text)) instanceof CleanRecord r) {
          ids.add(IdHashes.hash(r.transactionId()));
        } else {
          rejected++;
        }
      }
    }
    return List.of(new SplitCount(fileSplit.getPath().toString(), fileSplit.getStart(), lines, blank, rejected,
        ids.sorted())).iterator();
  }

  /** The line as parsed and quarantined: without the carriage return of a CRLF file. */
  private static String dataLine(Text text) {
    String line = text.toString();
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /** Parses a split's lines lazily, skipping the header (line 1) and blank lines. */
  private static final class ParsingIterator implements Iterator<Row> {
    private final Iterator<Tuple2<LongWritable, Text>> records;
    private final InputFile file;
    private final LineParser parser;
    private final LineToRow toRow;
    private long lineNumber;
    private Row next;

    ParsingIterator(Iterator<Tuple2<LongWritable, Text>> records, InputFile file, long linesBefore,
        LineParser parser, LineToRow toRow) {
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
          String line = dataLine(text);
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

  /**
   * Lines (and blank lines) of one split of one file, its rejected data lines, and the sorted
   * hashes of its clean lines' TransactionIDs ({@link IdHashes}).
   */
  public record SplitCount(String path, long start, long lines, long blankLines, long rejectedLines,
      long[] idHashes) implements Serializable {
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

    /**
     * The splits with a line for the quarantine, by {@link SplitCount#key()}: those in which pass 1
     * rejected a line or saw one of {@code repeatedIdHashes} (a later occurrence may be there).
     */
    public Set<String> splitsToQuarantine(Set<Long> repeatedIdHashes) {
      Set<String> keys = new HashSet<>();
      for (SplitCount c : counts) {
        if (c.rejectedLines() > 0
            || repeatedIdHashes.stream().anyMatch(h -> Arrays.binarySearch(c.idHashes(), h) >= 0)) {
          keys.add(c.key());
        }
      }
      return keys;
    }

    /** Hashes of clean TransactionIDs that occur more than once in the whole input (a few, or none). */
    public Set<Long> repeatedIdHashes() {
      return IdHashes.repeated(counts.stream().map(SplitCount::idHashes).toList());
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
