package com.banksegment.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.config.SuiteSettings;
import com.banksegment.config.source.SourceDeclaration;
import com.banksegment.contract.RejectReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Declared sources on single raw lines, without Spark: online-retail's quirks and the bank's rules read by declaration. */
class DeclaredRecordParserTest {
  private static final SuiteSettings SETTINGS = SuiteSettings.load();
  private static final SourceDeclaration RETAIL = SETTINGS.sources().source("online-retail");
  private static final SourceDeclaration BANK = SETTINGS.sources().source("bank-transactions");

  private final DeclaredRecordParser retail = new DeclaredRecordParser(RETAIL);

  @Test
  void anInvoiceLineIsAPurchaseOfQuantityTimesUnitPrice() {
    CleanRecord r = (CleanRecord) retail.parse("536370,22728,ALARM CLOCK BAKELIKE PINK,24,01-12-2010 08:45,3.75,12583,France");
    assertThat(r.transactionId()).isEqualTo("536370");
    assertThat(r.customerId()).isEqualTo("12583");
    assertThat(r.quantity()).isEqualTo(24.0);
    assertThat(r.unitPrice()).isEqualTo(3.75);
    assertThat(r.amount()).isEqualTo(90.0);
    assertThat(r.cancellation()).isFalse();
    assertThat(r.country()).isEqualTo("France");
    assertThat(r.transactionTs()).isEqualTo(Instant.parse("2010-12-01T08:45:00Z"));
    assertThat(r.transactionTime()).isEqualTo("08:45:00");
    assertThat(r.transactionHour()).isEqualTo(8);
  }

  @Test
  void bothTimestampFormatsOfTheDataSetGiveTheSameInstant() {
    CleanRecord dashes = (CleanRecord) retail.parse("536370,22728,X,24,01-12-2010 08:45,3.75,12583,France");
    CleanRecord slashes = (CleanRecord) retail.parse("536370,22728,X,24,12/1/2010 8:45,3.75,12583,France");
    assertThat(slashes.transactionTs()).isEqualTo(dashes.transactionTs());
    assertThat(slashes.transactionDate()).isEqualTo(LocalDate.of(2010, 12, 1));
  }

  @Test
  void attributesTheSourceLacksAreNullWithoutAFlag() {
    CleanRecord r = (CleanRecord) retail.parse("536370,22728,X,24,01-12-2010 08:45,3.75,12583,France");
    assertThat(List.of(r.dobMissing(), r.dobPlaceholder(), r.dobInvalid(), r.genderUnknown(), r.locationMissing(),
        r.balanceMissing())).containsOnly(false);
    assertThat(new Object[] {r.customerDob(), r.gender(), r.location(), r.accountBalance()}).containsOnlyNulls();
  }

  @Test
  void aCInvoiceWithANegativeQuantityIsAFlaggedCancellation() {
    CleanRecord r = (CleanRecord) retail.parse("C536379,D,Discount,-1,01-12-2010 09:41,27.5,14527,France");
    assertThat(r.cancellation()).isTrue();
    assertThat(r.amount()).isEqualTo(-27.5);
    assertThat(r.transactionId()).isEqualTo("C536379");
  }

  @Test
  void aNegativeQuantityIsAReturnWhenDeclaredSoAndAHardErrorOtherwise() {
    String line = "536370,22728,X,-2,01-12-2010 08:45,3.75,12583,France";
    assertThat(((CleanRecord) retail.parse(line)).cancellation()).isTrue();
    SourceDeclaration prefixOnly = SuiteSettings.load(List.of("segment.sources.online-retail.cancellations"
        + ".negative-quantity=false")).sources().source("online-retail");
    assertThat(new DeclaredRecordParser(prefixOnly).parse(line)).isEqualTo(new Rejection(RejectReason.NEGATIVE_AMOUNT,
        "Quantity \"-2\" is negative on a line that is not a cancellation"));
  }

  @Test
  void aQuotedDescriptionKeepsItsComma() {
    CleanRecord r = (CleanRecord) retail.parse("536852,22549,\"PICTURE DOMINOES, SET\",12,03-12-2010 09:51,1.45,12686,France");
    assertThat(r.amount()).isEqualTo(12 * 1.45);
    assertThat(r.country()).isEqualTo("France");
  }

  @Test
  void aZeroPriceLineIsKeptWithAZeroAmount() {
    CleanRecord r = (CleanRecord) retail.parse("574252,M,Manual,1,03-11-2011 13:24,0,12437,France");
    assertThat(r.amount()).isZero();
    assertThat(r.cancellation()).isFalse();
  }

  @Test
  void hardErrorsNameTheSourcesColumn() {
    assertRejected("536370,22728,X,24,01-12-2010 08:45,3.75,,France", RejectReason.MISSING_CUSTOMER_ID,
        "CustomerID is empty");
    assertRejected("536370,22728,X,24,2010-12-01 08:45,3.75,12583,France", RejectReason.BAD_TRANSACTION_DATE,
        "InvoiceDate \"2010-12-01 08:45\" is not a date and time written dd-MM-yyyy HH:mm or M/d/yyyy H:mm");
    assertRejected("536370,22728,X,24,31-02-2011 08:45,3.75,12583,France", RejectReason.BAD_TRANSACTION_DATE,
        "InvoiceDate \"31-02-2011 08:45\" is not a date and time written dd-MM-yyyy HH:mm or M/d/yyyy H:mm");
    assertRejected("536370,22728,X,two,01-12-2010 08:45,3.75,12583,France", RejectReason.BAD_AMOUNT,
        "Quantity \"two\" is not a number");
    assertRejected("A563187,B,Adjust bad debt,1,12-08-2011 14:52,-11062.06,12583,France",
        RejectReason.NEGATIVE_AMOUNT, "UnitPrice \"-11062.06\" is negative");
    assertRejected("536370,22728,X,24,01-12-2010 08:45,3.75,12583", RejectReason.WRONG_COLUMN_COUNT,
        "expected 8 fields separated by \",\" (source online-retail), found 7");
  }

  /** The bank's rules, declared in reference.conf, read by the declared parser as the bank's own parser reads them. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "T1,C5841053,10/1/94,F,JAMSHEDPUR,17819.05,2/8/16,143207,25",
      "T1,C5841053,10-01-1994,F,JAMSHEDPUR,17819.05,02-08-2016,143207,25",
      "T5323,C1842711,31-12-1988,M,\"JORHAT, ASSAM\",39042.52,16-08-2016,94642,50",
      " T1 , C1 ,nan, , ,,2/8/16,400, 7 ",
      "T2,C2,1/1/1800,m,MUMBAI,-5,2/8/16,0,0",
      "T3,C3,19/1/21,f,PUNE,abc,2/8/16,235959,1400.12",
      "T4,C4,5/3/04,T,PUNE,10,2/8/16,1,3",
      "T5,C5,31/2/90,M,PUNE,10,2/8/16,1,3",
      "T6,C6,10/1/94,M,PUNE,10,2/8/16,1,3",
      "T7,C7,01-01-2017,M,PUNE,10,02-08-2016,1,3"})
  void theBankDeclarationReadsCleanRowsAsTheBankParserDoes(String line) {
    assertThat(new DeclaredRecordParser(BANK).parse(line)).isEqualTo(new RawRecordParser().parse(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      ",C1,10/1/94,M,MUMBAI,1,2/8/16,143207,25",
      "T1,,10/1/94,M,MUMBAI,1,2/8/16,143207,25",
      "T1,C1,10/1/94,M,MUMBAI,1,,143207,25",
      "T1,C1,10/1/94,M,MUMBAI,1,31/2/16,143207,25",
      "T1,C1,10/1/94,M,MUMBAI,1,2/8/16,,25",
      "T1,C1,10/1/94,M,MUMBAI,1,2/8/16,246000,25",
      "T1,C1,10/1/94,M,MUMBAI,1,2/8/16,143207,",
      "T1,C1,10/1/94,M,MUMBAI,1,2/8/16,143207,1e5",
      "T1,C1,10/1/94,M,MUMBAI,1,2/8/16,143207,-3",
      "T1,C1,10/1/94,M,MUMBAI,1,2/8/16,143207"})
  void theBankDeclarationRejectsForTheBankParsersReasons(String line) {
    ParsedLine declared = new DeclaredRecordParser(BANK).parse(line);
    ParsedLine bank = new RawRecordParser().parse(line);
    assertThat(declared).isInstanceOf(Rejection.class);
    assertThat(((Rejection) declared).reason()).isEqualTo(((Rejection) bank).reason());
  }

  @Test
  void theBuiltInBankDeclarationUsesTheBankParserAndAChangedOneTheDeclaredParser() {
    assertThat(LineParsers.forSource(BANK).create()).isInstanceOf(RawRecordParser.class);
    SourceDeclaration changed = SuiteSettings.load(List.of(
        "segment.sources.bank-transactions.timestamp.date-formats=[\"yyyy-MM-dd\"]")).sources().source("bank-transactions");
    assertThat(LineParsers.forSource(changed).create()).isInstanceOf(DeclaredRecordParser.class);
    assertThat(LineParsers.forSource(RETAIL).create()).isInstanceOf(DeclaredRecordParser.class);
  }

  private void assertRejected(String line, RejectReason reason, String detail) {
    assertThat(retail.parse(line)).isEqualTo(new Rejection(reason, detail));
  }
}
