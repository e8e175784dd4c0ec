package com.banksegment.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The ingest tables and reason codes are exactly those of docs/data-contract.md. */
class DataContractTest {
  private static final Map<String, String> DOC_TYPES = Map.of(
      "string", "string", "date", "date", "double", "double", "timestamp", "timestamp",
      "int", "int", "long", "bigint", "boolean", "boolean");

  private final String contract = read(Path.of("..", "docs", "data-contract.md"));

  @Test
  void cleanTransactionsColumnsAndTypes() {
    assertThat(columns(TransactionTables.CLEAN)).containsExactlyElementsOf(documented("## clean/transactions"));
  }

  @Test
  void quarantineTransactionsColumnsAndTypes() {
    assertThat(columns(TransactionTables.QUARANTINE)).containsExactlyElementsOf(documented("## quarantine/transactions"));
  }

  @Test
  void reasonCodesInTheDocumentedOrder() {
    String list = contract.substring(contract.indexOf("Reason codes (hard errors):"), contract.indexOf("A row with several problems"));
    List<String> codes = new ArrayList<>();
    Matcher m = Pattern.compile("`([A-Z_]+)`").matcher(list);
    while (m.find()) {
      codes.add(m.group(1));
    }
    assertThat(codes).containsExactlyElementsOf(Arrays.stream(RejectReason.values()).map(Enum::name).toList());
  }

  @Test
  void softFlagsAreCleanColumns() {
    assertThat(Arrays.asList(TransactionTables.CLEAN.fieldNames()))
        .containsAll(Arrays.stream(SoftFlag.values()).map(SoftFlag::column).toList());
  }

  private static List<String> columns(StructType schema) {
    return Arrays.stream(schema.fields()).map(f -> f.name() + ":" + f.dataType().simpleString()).toList();
  }

  /** "name:type" rows of the markdown table under a heading. */
  private List<String> documented(String heading) {
    String section = contract.substring(contract.indexOf(heading));
    section = section.substring(section.indexOf("|---"));
    List<String> rows = new ArrayList<>();
    for (String line : section.split("\n")) {
      if (line.startsWith("|---")) {
        continue;
      }
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.split("\\|");
      rows.add(cells[1].trim() + ":" + DOC_TYPES.get(cells[2].trim()));
    }
    return rows;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException("data contract not found at " + file.toAbsolutePath(), e);
    }
  }
}
