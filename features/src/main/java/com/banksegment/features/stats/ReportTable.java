package com.banksegment.features.stats;

import com.banksegment.contract.EdaTables;
import com.banksegment.contract.Table;
import com.banksegment.spark.SparkSchemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * One small table of the EDA report, a table of the contract ({@code EdaTables}) with its rows:
 * written as Parquet and embedded in the HTML page as JSON.
 */
public record ReportTable(Table table, List<Row> rows) {

  public ReportTable {
    rows = List.copyOf(rows);
  }

  public String name() {
    return table.name();
  }

  /** Every column nullable, as Spark reads Parquet back. */
  public StructType schema() {
    return SparkSchemas.allNullable(table);
  }

  /** The rows as column-name to value maps (dates and other values as Jackson writes them). */
  public List<Map<String, Object>> asMaps() {
    List<String> names = table.columnNames();
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        Object v = row.get(i);
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
          v = null;
        }
        m.put(names.get(i), v instanceof java.sql.Date date ? date.toString() : v);
      }
      out.add(m);
    }
    return out;
  }

  public static Row row(Object... values) {
    return RowFactory.create(values);
  }
}
