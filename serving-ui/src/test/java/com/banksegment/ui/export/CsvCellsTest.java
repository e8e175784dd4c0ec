package com.banksegment.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.ui.export.domain.CsvCells;
import com.banksegment.ui.export.service.CsvStream;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {
  @Test
  void textThatAStartsAFormulaIsNeutralisedNumbersAreNot() {
    for (String risky : List.of("=1+2", "=HYPERLINK(\"http://x\")", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "-", "+")) {
      assertThat(CsvCells.safe(risky)).as(risky).isEqualTo("'" + risky);
    }
    for (String fine : List.of("-5", "-1250.75", "+3.5", "-1e3", "C1001", "Big spenders", "", "0")) {
      assertThat(CsvCells.safe(fine)).as(fine).isEqualTo(fine);
    }
  }

  @Test
  void theStreamQuotesOnlyWhatMustBeAndNeutralisesEveryCell() throws Exception {
    StringWriter out = new StringWriter();
    try (CsvStream csv = new CsvStream(out)) {
      csv.row(List.of("id", "note", "balance"));
      csv.row(List.of("C1", "=cmd|' /C calc'!A0", "-5"));
      csv.row(new String[] {"C2", "call, then mail", null});
    }
    assertThat(out.toString().lines().toList()).containsExactly("id,note,balance", "C1,'=cmd|' /C calc'!A0,-5",
        "C2,\"call, then mail\",");
  }
}
