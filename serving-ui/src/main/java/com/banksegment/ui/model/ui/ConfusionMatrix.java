package com.banksegment.ui.model.ui;

import com.banksegment.ui.base.ui.Formats;
import com.banksegment.ui.lake.domain.ModelQuality;
import com.banksegment.ui.lake.domain.PublishedRun;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * A classifier's confusion matrix (Naive Bayes' by default) as a table: rows are the actual segment, columns the predicted
 * one; each cell is shaded by its share of the row, so a strong diagonal reads at a glance.
 */
public class ConfusionMatrix extends NativeTable {
  public ConfusionMatrix(PublishedRun run) {
    this(run, run.quality().confusion(), run.quality().recall());
  }

  /** Any classifier's matrix ({@code confusion[actual][predicted]}, recall per actual segment, in segment id order). */
  public ConfusionMatrix(PublishedRun run, long[][] confusion, double[] recall) {
    addClassName("matrix");
    ModelQuality q = run.quality();
    NativeTableRow head = getHead().addRow();
    head.addHeaderCell().setText("Actual \\ predicted");
    // Columns by segment id (the rows name them): the matrix fits a laptop screen without scrolling.
    for (int id : q.segmentIds()) {
      var h = head.addHeaderCell();
      h.setText("#" + id);
      h.getElement().setAttribute("title", run.segmentName(id));
      h.getElement().setAttribute("scope", "col");
    }
    head.addHeaderCell().setText("Recall");
    for (int i = 0; i < q.segmentIds().size(); i++) {
      NativeTableRow row = getBody().addRow();
      row.addHeaderCell().setText(run.segmentName(q.segmentIds().get(i)) + " (#" + q.segmentIds().get(i) + ")");
      long total = 0;
      for (long v : confusion[i]) {
        total += v;
      }
      for (int j = 0; j < q.segmentIds().size(); j++) {
        long v = confusion[i][j];
        NativeTableCell cell = row.addDataCell();
        cell.setText(Formats.count(v));
        double share = total == 0 ? 0 : (double) v / total;
        String rgb = i == j ? "31, 78, 156" : "200, 85, 61";
        cell.getStyle().set("background", "rgba(" + rgb + ", " + String.format(java.util.Locale.ROOT, "%.2f", share * 0.85) + ")");
        if (share > 0.5) {
          cell.getStyle().set("color", "#fff");
        }
      }
      row.addDataCell().setText(Formats.percent(recall[i]));
    }
  }

  /** The count at (actual i, predicted j) as shown. */
  public String cell(int actual, int predicted) {
    return getBody().getRow(actual).orElseThrow().getDataCell(predicted).orElseThrow().getText();
  }
}
