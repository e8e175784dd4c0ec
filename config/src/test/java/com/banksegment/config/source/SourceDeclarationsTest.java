package com.banksegment.config.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.banksegment.config.SettingsException;
import com.banksegment.config.SuiteSettings;
import com.banksegment.config.source.SourceDeclaration.AmountRule;
import com.banksegment.config.source.SourceDeclaration.TimestampRule;
import com.banksegment.contract.RawLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in sources and the one-line errors of a wrong or incomplete declaration. */
class SourceDeclarationsTest {
  private static final String RETAIL = "segment.sources.online-retail.";

  @Test
  void theBankLayoutIsTheDefaultSource() {
    SourceCatalog catalog = SuiteSettings.load().sources();
    assertThat(catalog.sources()).containsKeys("bank-transactions", "online-retail");
    SourceDeclaration bank = catalog.selectedSource();
    assertThat(bank.name()).isEqualTo("bank-transactions");
    assertThat(bank.columns()).isEqualTo(RawLayout.BANK.columns());
    assertThat(bank.rowsAreInvoiceLines()).isFalse();
    assertThat(bank.timestamp()).isInstanceOf(TimestampRule.DateAndTime.class);
    assertThat(bank.birthDate().placeholder()).isEqualTo("1800-01-01");
    assertThat(bank.country()).isNull();
    assertThat(bank.cancellations().recognises()).isFalse();
  }

  @Test
  void onlineRetailIsInvoiceLinesWithCancellationsAndNoPersonalAttributes() {
    SourceDeclaration retail = SuiteSettings.load(List.of("segment.ingest.source=online-retail")).sources()
        .selectedSource();
    assertThat(retail.rowsAreInvoiceLines()).isTrue();
    assertThat(retail.amount()).isEqualTo(new AmountRule.LineItems("Quantity", "UnitPrice"));
    assertThat(retail.timestamp()).isEqualTo(new TimestampRule.OneColumn("InvoiceDate",
        List.of("dd-MM-yyyy HH:mm", "M/d/yyyy H:mm")));
    assertThat(retail.cancellations().idPrefix()).isEqualTo("C");
    assertThat(retail.cancellations().negativeQuantity()).isTrue();
    assertThat(retail.country()).isEqualTo("Country");
    assertThat(Arrays.asList(retail.birthDate(), retail.gender(), retail.location(), retail.balance()))
        .containsOnlyNulls();
  }

  @Test
  void anUndeclaredSourceNamesTheDeclaredOnes() {
    assertThatThrownBy(() -> SuiteSettings.load(List.of("segment.ingest.source=retail")))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("segment.ingest.source = \"retail\": expected one of ")
        .hasMessageContaining("bank-transactions").hasMessageContaining("online-retail");
    assertThatThrownBy(() -> SuiteSettings.load().sources().source("retail"))
        .hasMessageStartingWith("source \"retail\" is not declared: expected one of bank-transactions, online-retail");
  }

  @Test
  void aColumnTheHeaderDoesNotDeclareIsNamedWithTheDeclaredOnes() {
    assertError(RETAIL + "customer-id=Customer",
        RETAIL + "customer-id = \"Customer\": expected one of the declared columns [InvoiceNo, StockCode,"
            + " Description, Quantity, InvoiceDate, UnitPrice, CustomerID, Country]");
  }

  @Test
  void aMissingKeyIsNamedWithWhatIsExpected() {
    assertErrorWithout(RETAIL + "transaction-id", RETAIL + "transaction-id is missing: expected a text value");
    assertErrorWithout(RETAIL + "cancellations", RETAIL + "cancellations is missing: expected none, or"
        + " { id-prefix = \"C\", negative-quantity = true } (either or both)");
  }

  @Test
  void aTimestampNeedsOneColumnOrADateAndATime() {
    assertError(RETAIL + "timestamp.date=InvoiceDate", "segment.sources.online-retail.timestamp: expected either"
        + " column (with formats) or date and time (with date-formats and time-formats)");
    assertError(RETAIL + "timestamp.formats=[]", RETAIL + "timestamp.formats = \"[]\": expected at least one value");
  }

  @Test
  void aFormatJavaCannotReadIsNamed() {
    assertThatThrownBy(() -> load(RETAIL + "timestamp.formats=[\"dd-MM-yyyy HH:mm\", \"dd-bb-yyyy\"]"))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith(RETAIL + "timestamp.formats = \"dd-bb-yyyy\": expected date/time patterns such as");
  }

  @Test
  void theAmountIsOneColumnOrQuantityTimesUnitPrice() {
    assertError(RETAIL + "amount.column=UnitPrice", RETAIL + "amount: expected either column, or quantity and"
        + " unit-price (the amount is then quantity x unit price and rows are invoice lines)");
    assertErrorWithout(RETAIL + "amount.unit-price", RETAIL + "amount.unit-price is missing: expected a text value");
  }

  @Test
  void cancellationsAreNoneOrARecognitionRule() {
    assertError(RETAIL + "cancellations=some", RETAIL + "cancellations = \"some\": expected one of none");
    assertError("segment.sources.bank-transactions.cancellations.negative-quantity=true",
        "segment.sources.bank-transactions.cancellations.negative-quantity = true: expected false when the amount"
            + " is one column (only a quantity can be negative)");
    assertError(RETAIL + "cancellations.id-prefix=\"\"", RETAIL + "cancellations.id-prefix = \"\": expected a"
        + " non-empty value");
  }

  @Test
  void csvOptionsTheReaderCannotHonourAreRefused() {
    assertError(RETAIL + "csv.delimiter=\";;\"", RETAIL + "csv.delimiter = \";;\": expected one character");
    assertError(RETAIL + "csv.encoding=latin1", RETAIL + "csv.encoding = \"latin1\": expected UTF-8 (with or"
        + " without a byte-order mark; other encodings are not read yet)");
    assertError(RETAIL + "csv.header=false", RETAIL + "csv.header = false: expected true (files start with a"
        + " header line naming the columns)");
    assertError(RETAIL + "csv.line-endings=cr", RETAIL + "csv.line-endings = \"cr\": expected one of lf-or-crlf");
  }

  @Test
  void aBirthDatePlaceholderIsAnIsoDate() {
    assertError("segment.sources.bank-transactions.birth-date.placeholder=\"1/1/1800\"",
        "segment.sources.bank-transactions.birth-date.placeholder = \"1/1/1800\": expected an ISO date such as"
            + " 1800-01-01");
  }

  @Test
  void aNewSourceCanBeDeclaredInConfigAlone() {
    String s = "segment.sources.cards.";
    SourceDeclaration cards = load(s + "csv={delimiter=\";\", quote=\"'\", encoding=utf-8, header=true,"
            + " line-endings=lf-or-crlf}",
        s + "columns=[card, holder, at, eur]", s + "customer-id=holder", s + "transaction-id=card",
        s + "timestamp={column=at, formats=[\"yyyy-MM-dd'T'HH:mm:ss\"]}", s + "amount={column=eur}",
        s + "cancellations=none", "segment.ingest.source=cards").sources().selectedSource();
    assertThat(cards.csv().delimiter()).isEqualTo(';');
    assertThat(cards.csv().quote()).isEqualTo('\'');
    assertThat(cards.amount()).isEqualTo(new AmountRule.OneColumn("eur"));
    assertThat(cards.gender()).isNull();
  }

  private static SuiteSettings load(String... overrides) {
    return SuiteSettings.load(new ArrayList<>(List.of(overrides)));
  }

  /** The default settings with one key taken out. */
  private static void assertErrorWithout(String path, String message) {
    assertThatThrownBy(() -> SuiteSettings.from(SuiteSettings.load().raw().withoutPath(path)))
        .isInstanceOf(SettingsException.class).hasMessage(message);
  }

  private static void assertError(String override, String message) {
    assertThatThrownBy(() -> load(override)).isInstanceOf(SettingsException.class).hasMessage(message);
  }
}
