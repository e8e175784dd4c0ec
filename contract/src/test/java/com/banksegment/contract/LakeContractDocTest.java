package com.banksegment.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * docs/data-contract.md and the catalogue say the same: every table's columns, their order and
 * their types, the reason codes and the soft flags. A column added, renamed or retyped on one side
 * only fails here.
 */
class LakeContractDocTest {
  private static final DataContractDoc DOC = DataContractDoc.load();

  static List<Arguments> documentedTables() {
    return List.of(
        Arguments.of("## clean/transactions (ingest)", LakeTables.CLEAN_TRANSACTIONS),
        Arguments.of("## quarantine/transactions (ingest)", LakeTables.QUARANTINE_TRANSACTIONS),
        Arguments.of("## clean/customers (features)", LakeTables.CUSTOMERS),
        Arguments.of("### published/customer_segments", LakeTables.CUSTOMER_SEGMENTS),
        Arguments.of("### published/segment_profiles", LakeTables.SEGMENT_PROFILES),
        Arguments.of("### published/model_selection", LakeTables.MODEL_SELECTION),
        Arguments.of("### published/model_metrics", LakeTables.MODEL_METRICS),
        Arguments.of("### published/segment_migration", LakeTables.SEGMENT_MIGRATION),
        Arguments.of("### published/segment_movers", LakeTables.SEGMENT_MOVERS));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("documentedTables")
  void everyDocumentedTableHasTheCatalogsColumnsAndTypesInOrder(String heading, Table table) {
    assertThat(DOC.columns(heading)).as(heading).containsExactlyElementsOf(typed(table));
  }

  @Test
  void everyTableOfTheCatalogueIsDocumented() {
    List<String> documented = documentedTables().stream().map(a -> ((Table) a.get()[1]).name()).toList();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(LakeTables.ALL.stream().map(Table::name).toList());
    assertThat(DOC.text()).contains(LakeTables.ALL.stream().map(t -> t.path() + "/run_date=D").toArray(String[]::new));
  }

  @Test
  void everyEdaReportTableHasTheCatalogsColumns() {
    Map<String, List<String>> documented = new java.util.LinkedHashMap<>();
    for (List<String> row : DOC.tableRows("### reports/eda/run_date=D (features)")) {
      documented.put(row.get(0), Arrays.stream(row.get(1).split(",")).map(String::trim).toList());
    }
    Map<String, List<String>> catalogue = new java.util.LinkedHashMap<>();
    EdaTables.ALL.forEach(t -> catalogue.put(t.name(), t.columnNames()));
    assertThat(documented).containsExactlyEntriesOf(catalogue);
  }

  @Test
  void reasonCodesInTheDocumentedOrder() {
    String text = DOC.text();
    String list = text.substring(text.indexOf("Reason codes (hard errors):"), text.indexOf("A row with several problems"));
    List<String> codes = new ArrayList<>();
    Matcher m = Pattern.compile("`([A-Z_]+)`").matcher(list);
    while (m.find()) {
      codes.add(m.group(1));
    }
    assertThat(codes).containsExactlyElementsOf(Arrays.stream(RejectReason.values()).map(Enum::name).toList());
  }

  @Test
  void softFlagsAreCleanColumns() {
    assertThat(LakeTables.CLEAN_TRANSACTIONS.columnNames())
        .containsAll(Arrays.stream(SoftFlag.values()).map(SoftFlag::column).toList());
  }

  @Test
  void theModelInputsAreDocumentedInOrderAndAreCustomerColumns() {
    assertThat(DOC.text()).contains("Model inputs (in this order): `"
        + String.join(", ", LakeTables.MODEL_INPUTS) + "`");
    LakeTables.MODEL_INPUTS.forEach(LakeTables.CUSTOMERS::column);
  }

  @Test
  void theBankLayoutIsTheDocumentedHeader() {
    assertThat(DOC.text()).contains("`" + RawLayout.BANK.header() + "`");
  }

  private static List<String> typed(Table table) {
    return table.columns().stream().map(c -> c.name() + ":" + c.type().docName()).toList();
  }
}
