package com.banksegment.ui.export.service;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Writes a Parquet file (zstd, like the lake) straight to a stream, such as an HTTP response: rows
 * are buffered only up to one small row group ({@link #ROW_GROUP_BYTES}), never the whole file.
 * A row is the values in the schema's column order (String, Number or null).
 */
public final class ParquetStream implements Closeable {
  static final int ROW_GROUP_BYTES = 8 * 1024 * 1024;

  private final MessageType schema;
  private final SimpleGroupFactory groups;
  private final ParquetWriter<Group> writer;

  public ParquetStream(OutputStream out, MessageType schema) throws IOException {
    this.schema = schema;
    this.groups = new SimpleGroupFactory(schema);
    this.writer = ExampleParquetWriter.builder(new StreamOutputFile(out))
        .withConf(new Configuration(false))
        .withType(schema)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withCompressionCodec(CompressionCodecName.ZSTD)
        .withRowGroupSize((long) ROW_GROUP_BYTES)
        .build();
  }

  public void row(Object... values) throws IOException {
    Group g = groups.newGroup();
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null || (v instanceof Double d && d.isNaN())) {
        continue;
      }
      Type field = schema.getType(i);
      switch (field.asPrimitiveType().getPrimitiveTypeName()) {
        case INT32 -> g.append(field.getName(), ((Number) v).intValue());
        case INT64 -> g.append(field.getName(), ((Number) v).longValue());
        case DOUBLE -> g.append(field.getName(), ((Number) v).doubleValue());
        case BOOLEAN -> g.append(field.getName(), (Boolean) v);
        default -> g.append(field.getName(), v.toString());
      }
    }
    writer.write(g);
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  /** Parquet's output over any stream: it only needs the position, which is counted here. */
  private static final class StreamOutputFile implements OutputFile {
    private final OutputStream out;

    StreamOutputFile(OutputStream out) {
      this.out = out;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) {
      return createOrOverwrite(blockSizeHint);
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) {
      return new PositionOutputStream() {
        private long position;

        @Override
        public long getPos() {
          return position;
        }

        @Override
        public void write(int b) throws IOException {
          out.write(b);
          position++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          position += len;
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() throws IOException {
          out.flush();
        }
      };
    }

    @Override
    public boolean supportsBlockSize() {
      return false;
    }

    @Override
    public long defaultBlockSize() {
      return 0;
    }

    @Override
    public String getPath() {
      return "stream";
    }
  }
}
