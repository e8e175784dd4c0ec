package com.banksegment.ui.lake.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * One row of a Parquet table read without Spark, with typed getters by column name. Numbers are
 * read whatever their physical type (int, long, float, double), so a table that widens a column
 * from int to long reads the same; a missing or null value is {@code null} or NaN, never 0.
 */
public final class LakeRow {
  private final Group group;
  private final GroupType schema;

  LakeRow(Group group) {
    this.group = group;
    this.schema = group.getType();
  }

  public boolean has(String column) {
    return schema.containsField(column) && group.getFieldRepetitionCount(column) > 0;
  }

  public String string(String column) {
    if (!has(column)) {
      return null;
    }
    return group.getValueToString(schema.getFieldIndex(column), 0);
  }

  /** The number in the column, NaN when absent or null. */
  public double number(String column) {
    if (!has(column)) {
      return Double.NaN;
    }
    return numberAt(group, schema.getFieldIndex(column), 0);
  }

  public long whole(String column) {
    double v = number(column);
    if (Double.isNaN(v)) {
      throw new IllegalStateException("column " + column + " is null");
    }
    return Math.round(v);
  }

  public Boolean bool(String column) {
    return has(column) ? group.getBoolean(column, 0) : null;
  }

  public LocalDate date(String column) {
    if (!has(column)) {
      return null;
    }
    Type t = schema.getType(column);
    if (t.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
      return LocalDate.ofEpochDay(group.getInteger(column, 0));
    }
    return LocalDate.parse(string(column));
  }

  /** A list column (Spark's three-level LIST of numbers), empty when null. */
  public double[] numbers(String column) {
    if (!has(column)) {
      return new double[0];
    }
    Type t = schema.getType(column);
    if (t.isPrimitive()) {
      int n = group.getFieldRepetitionCount(column);
      double[] out = new double[n];
      for (int i = 0; i < n; i++) {
        out[i] = numberAt(group, schema.getFieldIndex(column), i);
      }
      return out;
    }
    Group list = group.getGroup(column, 0);
    GroupType listType = list.getType();
    int repeated = list.getFieldRepetitionCount(0);
    List<Double> values = new ArrayList<>(repeated);
    for (int i = 0; i < repeated; i++) {
      if (listType.getType(0).isPrimitive()) {
        values.add(numberAt(list, 0, i));
      } else {
        Group element = list.getGroup(0, i);
        values.add(element.getFieldRepetitionCount(0) == 0 ? Double.NaN : numberAt(element, 0, 0));
      }
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double numberAt(Group g, int field, int index) {
    PrimitiveType p = g.getType().getType(field).asPrimitiveType();
    return switch (p.getPrimitiveTypeName()) {
      case INT32 -> g.getInteger(field, index);
      case INT64 -> g.getLong(field, index);
      case FLOAT -> g.getFloat(field, index);
      case DOUBLE -> g.getDouble(field, index);
      case BOOLEAN -> g.getBoolean(field, index) ? 1 : 0;
      default -> Double.parseDouble(g.getValueToString(field, index));
    };
  }
}
