package com.banksegment.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** One small table of the EDA report: written as Parquet and embedded in the HTML page as JSON. */
record ReportTable(String name, StructType schema, List<Row> rows) {

  ReportTable {
    rows = List.copyOf(rows);
  }

  /** The rows as column-name to value maps (dates and other values as Jackson writes them). */
  List<Map<String, Object>> asMaps() {
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < schema.size(); i++) {
        Object v = row.get(i);
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
          v = null;
        }
        m.put(schema.fields()[i].name(), v instanceof java.sql.Date date ? date.toString() : v);
      }
      out.add(m);
    }
    return out;
  }

  /** Builds a schema from (name, type) pairs; every column is nullable. */
  static StructType schema(Object... namesAndTypes) {
    StructField[] fields = new StructField[namesAndTypes.length / 2];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = DataTypes.createStructField((String) namesAndTypes[2 * i], (DataType) namesAndTypes[2 * i + 1], true);
    }
    return DataTypes.createStructType(fields);
  }

  static Row row(Object... values) {
    return RowFactory.create(values);
  }
}
