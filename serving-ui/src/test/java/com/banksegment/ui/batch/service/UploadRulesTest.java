package com.banksegment.ui.batch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.ui.batch.domain.UploadRejectedException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class UploadRulesTest {
  private final UploadRules rules = new UploadRules(1);

  @Test
  void aCsvNameWithACsvTypeWithinTheLimitPasses() {
    assertThatCode(() -> rules.checkDeclared("Customers.CSV", "text/csv; charset=utf-8", 1000)).doesNotThrowAnyException();
    assertThatCode(() -> rules.checkDeclared("c.csv", "application/vnd.ms-excel", -1)).doesNotThrowAnyException();
  }

  @Test
  void otherNamesTypesAndDeclaredSizesAreRefused() {
    assertThatThrownBy(() -> rules.checkDeclared("c.xlsx", "text/csv", 1)).isInstanceOf(UploadRejectedException.class)
        .hasMessage("\"c.xlsx\" is not a CSV file: expected a .csv file of comma-separated values.");
    assertThatThrownBy(() -> rules.checkDeclared("c.csv", "application/pdf", 1))
        .hasMessage("\"c.csv\" has the type application/pdf: expected a CSV file (text/csv).");
    assertThatThrownBy(() -> rules.checkDeclared("c.csv", "text/csv", 1024 * 1024 + 1))
        .hasMessageStartingWith("The file is larger than the limit of 1 MB");
  }

  @Test
  void theStreamStopsAtTheLimitEvenWhenTheSizeWasNotDeclared() {
    InputStream in = rules.guard(new ByteArrayInputStream(new byte[1024 * 1024 + 10]), "c.csv");
    assertThatThrownBy(in::readAllBytes).isInstanceOf(UploadRejectedException.class);
  }

  @Test
  void binaryContentIsRefused() throws Exception {
    assertThatThrownBy(() -> rules.guard(new ByteArrayInputStream("%PDF-1.7".getBytes()), "c.csv").readAllBytes())
        .hasMessage("\"c.csv\" is a PDF document: expected a CSV file.");
    assertThatThrownBy(() -> rules.guard(new ByteArrayInputStream(new byte[] {'a', 0, 'b'}), "c.csv").readAllBytes())
        .hasMessage("\"c.csv\" contains binary data: expected a text CSV file.");
    assertThat(rules.guard(new ByteArrayInputStream("a,b\n1,2\n".getBytes()), "c.csv").readAllBytes()).hasSize(8);
  }
}
