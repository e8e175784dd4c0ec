package com.banksegment.ingest.tables;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import com.banksegment.contract.RejectReason;
import com.banksegment.ingest.parse.CleanRecord;
import com.banksegment.ingest.read.IdHashes;
import com.banksegment.ingest.read.InputFiles.InputFile;
import com.banksegment.ingest.read.NumberedLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Repeated TransactionIDs: among the rows that passed every other check, the first occurrence
 * (by file in name order, then line) stays clean and every later one becomes
 * {@code DUPLICATE_TRANSACTION_ID}. A row already rejected for another reason does not count as
 * an occurrence, so a corrupt first copy cannot push out a good later one.
 *
 * <p>Cost: none when no id repeats, which is the usual case. The counting pass (see
 * {@link NumberedLines}) hands the driver a 64-bit hash of every clean row's id; only when two
 * hashes are equal does this read the input again, keeping (id, position) of the rows whose id
 * has a repeated hash, and aggregate those few by id (a shuffle of the candidates, not of every
 * row: a million-key shuffle was most of the stage's time). The result, the repeated ids, is
 * collected, then broadcast into the passes that write the tables. The wide rows are never shuffled.
 */
public final class DuplicateTransactions {
  /** A row's position as one long that orders by file, then line: the file's index sits above bit 40. */
  private static final int LINE_BITS = 40;

  private static final StructType ID_POSITIONS = new StructType()
      .add("transaction_id", DataTypes.StringType)
      .add("position", DataTypes.LongType);

  private static final StructType FIRSTS = new StructType()
      .add("repeated_id", DataTypes.StringType)
      .add("first_position", DataTypes.LongType)
      .add("first_line", DataTypes.LongType)
      .add("first_file", DataTypes.StringType);

  private final SparkSession spark;
  private final List<Row> firsts;
  private final Broadcast<Set<String>> repeatedIds;

  private DuplicateTransactions(SparkSession spark, List<Row> firsts, Set<String> repeatedIds) {
    this.spark = spark;
    this.firsts = firsts;
    this.repeatedIds = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(repeatedIds);
  }

  /** Finds the repeated ids and where each first occurs. */
  public static DuplicateTransactions find(SparkSession spark, NumberedLines lines, NumberedLines.SplitCounts counts,
      List<InputFile> files) {
    Set<Long> candidates = counts.repeatedIdHashes();
    if (candidates.isEmpty()) {
      return new DuplicateTransactions(spark, List.of(), Set.of());
    }
    Broadcast<HashSet<Long>> wanted = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new HashSet<>(candidates));
    Dataset<Row> idPositions = spark.createDataFrame(lines.parse(counts, (parsed, file, lineNumber, raw) ->
        parsed instanceof CleanRecord r && wanted.value().contains(IdHashes.hash(r.transactionId()))
            ? RowFactory.create(r.transactionId(), position(file.index(), lineNumber)) : null),
        ID_POSITIONS);
    List<Row> repeated = idPositions
        .groupBy(col("transaction_id"))
        .agg(count(lit(1)).as("occurrences"), min(col("position")).as("first_position"))
        .filter(col("occurrences").gt(1))
        .select("transaction_id", "first_position")
        .collectAsList();
    List<Row> firsts = new ArrayList<>(repeated.size());
    Set<String> ids = new HashSet<>();
    for (Row r : repeated) {
      long first = r.getLong(1);
      String file = files.get((int) (first >>> LINE_BITS)).name();
      firsts.add(RowFactory.create(r.getString(0), first, first & ((1L << LINE_BITS) - 1), file));
      ids.add(r.getString(0));
    }
    return new DuplicateTransactions(spark, firsts, ids);
  }

  /**
   * No duplicate check: for invoice lines, whose transaction id is the invoice that groups them,
   * lines sharing it are the point, and two identical lines are two purchases.
   */
  public static DuplicateTransactions none(SparkSession spark) {
    return new DuplicateTransactions(spark, List.of(), Set.of());
  }

  public long repeatedIds() {
    return firsts.size();
  }

  /** The hashes ({@link IdHashes}) of the repeated ids: which splits the quarantine must read. */
  Set<Long> repeatedIdHashes() {
    Set<Long> hashes = new HashSet<>();
    firsts.forEach(r -> hashes.add(IdHashes.hash(r.getString(0))));
    return hashes;
  }

  /** Whether a clean-looking record may still be a later duplicate (its id occurs more than once). */
  Broadcast<Set<String>> repeatedIdSet() {
    return repeatedIds;
  }

  /** Sets reason and detail of every later occurrence among {@link ParsedRows#SCHEMA} rows. */
  Dataset<Row> mark(Dataset<Row> parsed) {
    if (firsts.isEmpty()) {
      return parsed;
    }
    Column position = col("file_index").cast("long").multiply(1L << LINE_BITS).plus(col("source_line"));
    Column later = col("reason").isNull()
        .and(col("first_position").isNotNull())
        .and(position.notEqual(col("first_position")));
    Column detail = concat(lit("TransactionID \""), col("transaction_id"), lit("\" already on line "),
        col("first_line"), lit(" of "), col("first_file"));
    // One projection, so that "later" is evaluated on the original reason for both columns.
    Column[] columns = Arrays.stream(ParsedRows.SCHEMA.fieldNames())
        .map(c -> switch (c) {
          case "reason" -> when(later, lit(RejectReason.DUPLICATE_TRANSACTION_ID.name())).otherwise(col(c)).as(c);
          case "detail" -> when(later, detail).otherwise(col(c)).as(c);
          default -> col(c);
        })
        .toArray(Column[]::new);
    return parsed
        .join(broadcast(spark.createDataFrame(firsts, FIRSTS)), col("transaction_id").equalTo(col("repeated_id")), "left")
        .select(columns);
  }

  private static long position(int fileIndex, long lineNumber) {
    return ((long) fileIndex << LINE_BITS) + lineNumber;
  }
}
