package com.banksegment.ui.movement.ui;

import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.movement.domain.Flow;
import com.banksegment.ui.movement.domain.Migration;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The from/to heat map: one row per segment of the previous run (and one for new customers), one
 * column per segment of this run (and one for customers gone). Each cell is shaded by its share
 * of the row, blue where customers stayed, orange where they moved, so the big flows stand out.
 * Columns are named by segment id (the rows name them) so the table fits a laptop screen.
 */
public class MovementMatrix extends NativeTable {
  private static final String NEW_ROW = "New customers";
  private static final String GONE_COLUMN = "Gone";

  public MovementMatrix(Migration migration) {
    addClassName("matrix");
    setId("movement-matrix");
    Map<Integer, String> fromSegments = new TreeMap<>();
    Map<Integer, String> toSegments = new TreeMap<>();
    for (Flow f : migration.flows()) {
      if (f.fromId() != null) {
        fromSegments.put(f.fromId(), f.fromName());
      }
      if (f.toId() != null) {
        toSegments.put(f.toId(), f.toName());
      }
    }
    NativeTableRow head = getHead().addRow();
    head.addHeaderCell().setText("Previous run \\ this run");
    toSegments.forEach((id, name) -> {
      var h = head.addHeaderCell();
      h.setText("#" + id);
      h.getElement().setAttribute("title", name);
      h.getElement().setAttribute("scope", "col");
    });
    head.addHeaderCell().setText(GONE_COLUMN);
    fromSegments.forEach((id, name) -> addRow(migration, name + " (#" + id + ")", id, toSegments));
    addRow(migration, NEW_ROW, null, toSegments);
  }

  private void addRow(Migration migration, String label, Integer fromId, Map<Integer, String> toSegments) {
    NativeTableRow row = getBody().addRow();
    row.addHeaderCell().setText(label);
    long total = migration.flows().stream().filter(f -> Objects.equals(f.fromId(), fromId)).mapToLong(Flow::customers)
        .sum();
    for (int toId : toSegments.keySet()) {
      cell(row, count(migration, fromId, toId), total, fromId != null && fromId == toId);
    }
    if (fromId == null) {
      row.addDataCell().setText("–");
    } else {
      cell(row, count(migration, fromId, null), total, false);
    }
  }

  private static long count(Migration migration, Integer fromId, Integer toId) {
    return migration.flows().stream().filter(f -> Objects.equals(f.fromId(), fromId) && Objects.equals(f.toId(), toId))
        .mapToLong(Flow::customers).sum();
  }

  private static void cell(NativeTableRow row, long count, long rowTotal, boolean stayed) {
    NativeTableCell cell = row.addDataCell();
    cell.setText(Formats.count(count));
    double share = rowTotal == 0 ? 0 : (double) count / rowTotal;
    String rgb = stayed ? "31, 78, 156" : "200, 85, 61";
    cell.getStyle().set("background", "rgba(" + rgb + ", " + String.format(Locale.ROOT, "%.2f", share * 0.85) + ")");
    if (share > 0.5) {
      cell.getStyle().set("color", "#fff");
    }
  }

  /** The text of a body cell (row, column) as shown. */
  public String cell(int row, int column) {
    return getBody().getRow(row).orElseThrow().getDataCell(column).orElseThrow().getText();
  }
}
