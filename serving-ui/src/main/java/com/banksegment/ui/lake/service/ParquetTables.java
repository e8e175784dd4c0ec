package com.banksegment.ui.lake.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.filter2.predicate.FilterPredicate;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/** Reads the published Parquet tables of the lake, row by row, with no Spark. */
public final class ParquetTables {
  private final LakeFiles files;

  public ParquetTables(LakeFiles files) {
    this.files = files;
  }

  /** Every row of a partition folder (all its part files). */
  public List<LakeRow> readAll(String partition) throws IOException {
    List<LakeRow> rows = new ArrayList<>();
    forEach(partition, null, null, rows::add);
    return rows;
  }

  /**
   * Streams the rows of a partition. With {@code columns}, only those are decoded (the others are
   * skipped on disk); with a filter, Parquet skips row groups and pages that cannot match.
   */
  public void forEach(String partition, List<String> columns, FilterPredicate filter, Consumer<LakeRow> consumer)
      throws IOException {
    for (String location : files.dataFiles(partition)) {
      InputFile file = files.inputFile(location);
      ParquetConfiguration conf = new PlainParquetConfiguration();
      if (columns != null) {
        conf.set(ReadSupport.PARQUET_READ_SCHEMA, projection(file, columns).toString());
      }
      ParquetReader.Builder<Group> builder = new GroupReaderBuilder(file, conf);
      if (filter != null) {
        builder = builder.withFilter(FilterCompat.get(filter));
      }
      try (ParquetReader<Group> reader = builder.build()) {
        for (Group g = reader.read(); g != null; g = reader.read()) {
          consumer.accept(new LakeRow(g));
        }
      }
    }
  }

  /** The schema of a partition (of its first data file). */
  public MessageType schema(String partition) throws IOException {
    List<String> data = files.dataFiles(partition);
    if (data.isEmpty()) {
      throw new java.io.FileNotFoundException(partition + " has no data file");
    }
    try (ParquetFileReader reader = ParquetFileReader.open(files.inputFile(data.get(0)))) {
      return reader.getFooter().getFileMetaData().getSchema();
    }
  }

  /** Parquet's example Group records over any input file, configured without Hadoop. */
  private static final class GroupReaderBuilder extends ParquetReader.Builder<Group> {
    GroupReaderBuilder(InputFile file, ParquetConfiguration conf) {
      super(file, conf);
    }

    @Override
    protected ReadSupport<Group> getReadSupport() {
      return new GroupReadSupport();
    }
  }

  /** The file's own types of the wanted columns that it has, so the projection always matches the file. */
  private static MessageType projection(InputFile file, List<String> columns) throws IOException {
    MessageType schema;
    try (ParquetFileReader reader = ParquetFileReader.open(file)) {
      schema = reader.getFooter().getFileMetaData().getSchema();
    }
    List<Type> kept = new ArrayList<>();
    for (String c : columns) {
      if (schema.containsField(c)) {
        kept.add(schema.getType(c));
      }
    }
    return new MessageType(schema.getName(), kept);
  }
}
