package com.banksegment.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue's own rules: tables, the raw layout, the action catalogue. */
class ContractTest {

  @Test
  void aTableKnowsItsFolderAndRefusesColumnsItDoesNotHave() {
    assertThat(LakeTables.CUSTOMER_SEGMENTS.path()).isEqualTo("published/customer_segments");
    assertThat(LakeTables.CUSTOMER_SEGMENTS.name()).isEqualTo("customer_segments");
    assertThat(LakeTables.CUSTOMERS.col("recency_days")).isEqualTo("recency_days");
    assertThatThrownBy(() -> LakeTables.CUSTOMERS.col("recency"))
        .hasMessageStartingWith("table customers has no column recency");
    assertThat(LakeTables.CUSTOMERS.select("gender", "age").columnNames()).containsExactly("gender", "age");
  }

  @Test
  void theBankLayoutRecognisesItsHeaderTrimmedInAnyCaseWithABom() {
    RawLayout bank = RawLayout.BANK;
    assertThat(bank.header()).startsWith("TransactionID,CustomerID,CustomerDOB").endsWith(",TransactionAmount (INR)");
    assertThat(bank.isHeader("\uFEFF" + bank.header().toLowerCase().replace(",", " , "))).isTrue();
    assertThat(bank.isHeader(bank.header().replace(",TransactionTime", ""))).isFalse();
    assertThat(bank.indexOf("TransactionAmount (INR)")).isEqualTo(8);
    assertThatThrownBy(() -> bank.indexOf("InvoiceNo")).hasMessageContaining("raw layout bank has no column InvoiceNo");
  }

  @Test
  void theLongestMatchingPrefixNamesTheAction() {
    ActionCatalog actions = new ActionCatalog(Map.of("Big", "big", "Big spender", "spender", "default", "other"));
    assertThat(actions.actionFor("Big spender regulars")).isEqualTo("spender");
    assertThat(actions.actionFor("Big savers")).isEqualTo("big");
    assertThat(actions.actionFor("Everyday customers")).isEqualTo("other");
    assertThatThrownBy(() -> new ActionCatalog(Map.of("Big", "big"))).hasMessageContaining("\"default\"");
  }

  @Test
  void aSegmentIsMarkedForWinBackByItsActionText() {
    ActionCatalog actions = new ActionCatalog(Map.of("Dormant", "Win-back campaign: an offer", "Regular", "Loyalty",
        "default", "Nurture"));
    assertThat(actions.isWinBackSegment("Dormant savers")).isTrue();
    assertThat(actions.isWinBackSegment("Regular savers")).isFalse();
    assertThat(actions.isWinBackSegment("Everyday customers")).isFalse();
    assertThat(ActionCatalog.isWinBack("Win-back campaign: reactivation offer with a time limit")).isTrue();
    assertThat(ActionCatalog.isWinBack("Loyalty rewards")).isFalse();
    assertThat(ActionCatalog.isWinBack(null)).isFalse();
  }
}
