package com.banksegment.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.banksegment.contract.RejectReason;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cleaning rules on single raw lines, without Spark. */
class RawRecordParserTest {
  /** A row of the original file: d/m/yy dates, time without leading zeros. */
  static final String ORIGINAL_STYLE = "T1,C5841053,10/1/94,F,JAMSHEDPUR,17819.05,2/8/16,143207,25";
  /** The same row as the shared copy writes it. */
  static final String SHARED_STYLE = "T1,C5841053,10-01-1994,F,JAMSHEDPUR,17819.05,02-08-2016,143207,25";
  static final String QUOTED_COMMA = "T5323,C1842711,31-12-1988,M,\"JORHAT, ASSAM\",39042.52,16-08-2016,94642,50";

  private final RawRecordParser parser = new RawRecordParser();

  @Test
  void originalStyleRowBecomesATypedRecord() {
    CleanRecord r = clean(ORIGINAL_STYLE);
    assertThat(r.transactionId()).isEqualTo("T1");
    assertThat(r.customerId()).isEqualTo("C5841053");
    assertThat(r.customerDob()).isEqualTo(LocalDate.of(1994, 1, 10));
    assertThat(r.gender()).isEqualTo("F");
    assertThat(r.location()).isEqualTo("JAMSHEDPUR");
    assertThat(r.accountBalance()).isEqualTo(17819.05);
    assertThat(r.transactionDate()).isEqualTo(LocalDate.of(2016, 8, 2));
    assertThat(r.transactionTime()).isEqualTo("14:32:07");
    assertThat(r.transactionTs()).isEqualTo(Instant.parse("2016-08-02T14:32:07Z"));
    assertThat(r.transactionHour()).isEqualTo(14);
    assertThat(r.amount()).isEqualTo(25.0);
    assertThat(flags(r)).isEqualTo("------");
  }

  @Test
  void bothDateStylesGiveTheSameRecord() {
    assertThat(clean(SHARED_STYLE)).isEqualTo(clean(ORIGINAL_STYLE));
  }

  @Test
  void quotedLocationKeepsItsCommaAndTimeGetsLeadingZeros() {
    CleanRecord r = clean(QUOTED_COMMA);
    assertThat(r.location()).isEqualTo("JORHAT, ASSAM");
    assertThat(r.transactionTime()).isEqualTo("09:46:42");
    assertThat(r.transactionHour()).isEqualTo(9);
    assertThat(r.amount()).isEqualTo(50.0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "T1,C5841053,10/1/94,F,JAMSHEDPUR,17819.05,2/8/16,143207,25",
      " T1 , C1 ,nan, , ,,2/8/16,400, 7 ",
      "T1,C1,10/1/94,M,MUMBAI,1,2/8/16,143207",
      "T1,C1,10/1/94,M,MUMBAI,1,2/8/16,143207,25,x",
      "T1,C1,10/1/94,M,MUMBAI,1,31/2/16,143207,25"})
  void unquotedLinesParseAsTheTokenizerWouldParseThem(String line) {
    // Quoting one field sends the line through the CSV tokenizer; the outcome must not change.
    String quoted = line.replaceFirst("^([^,]*),", "\"$1\",");
    assertThat(quoted).contains("\"");
    assertThat(parser.parse(quoted)).isEqualTo(parser.parse(line));
  }

  @Test
  void earlyMorningTimeWithoutLeadingZeros() {
    CleanRecord r = clean("T9,C9,10/1/94,M,PUNE,1.0,2/8/16,400,10");
    assertThat(r.transactionTime()).isEqualTo("00:04:00");
    assertThat(r.transactionTs()).isEqualTo(Instant.parse("2016-08-02T00:04:00Z"));
    assertThat(r.transactionHour()).isZero();
  }

  @Test
  void surroundingSpacesAreTrimmed() {
    CleanRecord r = clean(" T1 , C5841053 ,10/1/94, f , JAMSHEDPUR ,17819.05, 2/8/16 ,143207, 25 ");
    assertThat(r.transactionId()).isEqualTo("T1");
    assertThat(r.gender()).isEqualTo("F");
    assertThat(r.location()).isEqualTo("JAMSHEDPUR");
    assertThat(r.amount()).isEqualTo(25.0);
  }

  /** Soft problems: the row is kept with a null and exactly one flag (order: placeholder, missing, invalid, gender, location, balance). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "DOB placeholder 1/1/1800       | T1,C1,1/1/1800,M,MUMBAI,10.5,2/8/16,143207,25    | P-----",
      "DOB text nan                   | T1,C1,nan,M,MUMBAI,10.5,2/8/16,143207,25         | -M----",
      "DOB empty                      | T1,C1,,M,MUMBAI,10.5,2/8/16,143207,25            | -M----",
      "DOB after the transaction      | T1,C1,19-01-2021,M,MUMBAI,10.5,02-08-2016,143207,25 | --I---",
      "DOB impossible date            | T1,C1,31/2/90,M,MUMBAI,10.5,2/8/16,143207,25     | --I---",
      "DOB not a date                 | T1,C1,yesterday,M,MUMBAI,10.5,2/8/16,143207,25   | --I---",
      "gender T                       | T1,C1,10/1/94,T,MUMBAI,10.5,2/8/16,143207,25     | ---G--",
      "gender empty                   | T1,C1,10/1/94,,MUMBAI,10.5,2/8/16,143207,25      | ---G--",
      "location empty                 | T1,C1,10/1/94,M,,10.5,2/8/16,143207,25           | ----L-",
      "location blank                 | T1,C1,10/1/94,M,'  ',10.5,2/8/16,143207,25       | ----L-",
      "balance empty                  | T1,C1,10/1/94,M,MUMBAI,,2/8/16,143207,25         | -----B",
      "balance not a number           | T1,C1,10/1/94,M,MUMBAI,abc,2/8/16,143207,25      | -----B"})
  void softProblemsKeepTheRowWithANullAndAFlag(String name, String line, String expectedFlags) {
    CleanRecord r = clean(line.replace('\'', '"'));
    assertThat(flags(r)).isEqualTo(expectedFlags);
    assertThat(r.customerDob() == null).isEqualTo(r.dobPlaceholder() || r.dobMissing() || r.dobInvalid());
    assertThat(r.gender() == null).isEqualTo(r.genderUnknown());
    assertThat(r.location() == null).isEqualTo(r.locationMissing());
    assertThat(r.accountBalance() == null).isEqualTo(r.balanceMissing());
    assertThat(r.amount()).isEqualTo(25.0);
  }

  @Test
  void zeroBalanceAndZeroAmountAreValues() {
    CleanRecord r = clean("T1,C1,10/1/94,M,MUMBAI,0,2/8/16,143207,0");
    assertThat(r.accountBalance()).isZero();
    assertThat(r.balanceMissing()).isFalse();
    assertThat(r.amount()).isZero();
  }

  @Test
  void dobOnTheTransactionDayIsKept() {
    assertThat(clean("T1,C1,2/8/16,M,MUMBAI,1,2/8/16,143207,5").customerDob()).isEqualTo(LocalDate.of(2016, 8, 2));
  }

  /** Hard errors: every reason code with a line that has only that problem. */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "too few fields          | WRONG_COLUMN_COUNT       | T1,C1,10/1/94,M,MUMBAI,10.5,2/8/16,143207           | found 8",
      "extra field             | WRONG_COLUMN_COUNT       | T1,C1,10/1/94,M,MUMBAI,10.5,2/8/16,143207,25,x      | found 10",
      "unquoted comma          | WRONG_COLUMN_COUNT       | T1,C1,10/1/94,M,JORHAT, ASSAM,10.5,2/8/16,143207,25 | found 10",
      "missing TransactionID   | MISSING_TRANSACTION_ID   | ,C1,10/1/94,M,MUMBAI,10.5,2/8/16,143207,25          | TransactionID is empty",
      "missing CustomerID      | MISSING_CUSTOMER_ID      | T1,,10/1/94,M,MUMBAI,10.5,2/8/16,143207,25          | CustomerID is empty",
      "missing date            | MISSING_TRANSACTION_DATE | T1,C1,10/1/94,M,MUMBAI,10.5,,143207,25              | TransactionDate is empty",
      "31 February             | BAD_TRANSACTION_DATE     | T1,C1,10/1/94,M,MUMBAI,10.5,31/2/16,143207,25       | TransactionDate \"31/2/16\"",
      "date in another style   | BAD_TRANSACTION_DATE     | T1,C1,10/1/94,M,MUMBAI,10.5,2016-08-02,143207,25    | TransactionDate \"2016-08-02\"",
      "time 25:61:99           | BAD_TRANSACTION_TIME     | T1,C1,10/1/94,M,MUMBAI,10.5,2/8/16,25:61:99,25      | TransactionTime \"25:61:99\"",
      "time 256199             | BAD_TRANSACTION_TIME     | T1,C1,10/1/94,M,MUMBAI,10.5,2/8/16,256199,25        | TransactionTime \"256199\"",
      "time missing            | BAD_TRANSACTION_TIME     | T1,C1,10/1/94,M,MUMBAI,10.5,2/8/16,,25              | TransactionTime \"\"",
      "amount not a number     | BAD_AMOUNT               | T1,C1,10/1/94,M,MUMBAI,10.5,2/8/16,143207,abc       | TransactionAmount (INR) \"abc\" is not a number",
      "amount missing          | BAD_AMOUNT               | T1,C1,10/1/94,M,MUMBAI,10.5,2/8/16,143207,          | TransactionAmount (INR) \"\" is not a number",
      "amount negative         | NEGATIVE_AMOUNT          | T1,C1,10/1/94,M,MUMBAI,10.5,2/8/16,143207,-25       | TransactionAmount (INR) \"-25\" is negative"})
  void hardErrorsAreRejectedWithReasonAndDetail(String name, RejectReason reason, String line, String detailPart) {
    Rejection rejection = reject(line);
    assertThat(rejection.reason()).isEqualTo(reason);
    assertThat(rejection.detail()).contains(detailPart).doesNotContain("\n", "\r");
  }

  @Test
  void binaryJunkIsAWrongColumnCountWithAOneLineDetail() {
    Rejection rejection = reject("\u0000\u0001\uFFFD\uFFFD\u0007PK\u0003\u0004\r junk");
    assertThat(rejection.reason()).isEqualTo(RejectReason.WRONG_COLUMN_COUNT);
    assertThat(rejection.detail()).isEqualTo("expected 9 comma-separated fields, found 1");
  }

  @Test
  void aLineStartingWithHashIsNotSwallowedAsAComment() {
    assertThat(reject("# not a comment").reason()).isEqualTo(RejectReason.WRONG_COLUMN_COUNT);
    assertThat(clean("#T1,C1,10/1/94,M,MUMBAI,10.5,2/8/16,143207,25").transactionId()).isEqualTo("#T1");
  }

  @Test
  void thousandsOfFieldsAndAnUnclosedQuoteAreWrongColumnCounts() {
    Rejection many = reject(",".repeat(5_000));
    assertThat(many.reason()).isEqualTo(RejectReason.WRONG_COLUMN_COUNT);
    assertThat(many.detail()).contains("more than 1000");
    assertThat(reject("T1,C1,10/1/94,M,\"JORHAT, ASSAM,10.5,2/8/16,143207,25").reason())
        .isEqualTo(RejectReason.WRONG_COLUMN_COUNT);
  }

  @Test
  void emptyLineIsAWrongColumnCount() {
    assertThat(reject("").reason()).isEqualTo(RejectReason.WRONG_COLUMN_COUNT);
  }

  @Test
  void theFirstReasonInContractOrderWins() {
    // empty id and an impossible date: the id comes first
    assertThat(reject(",C1,10/1/94,M,MUMBAI,10.5,31/2/16,143207,25").reason()).isEqualTo(RejectReason.MISSING_TRANSACTION_ID);
    // no customer and a bad amount
    assertThat(reject("T1,,10/1/94,M,MUMBAI,10.5,2/8/16,143207,abc").reason()).isEqualTo(RejectReason.MISSING_CUSTOMER_ID);
    // missing date and a bad time
    assertThat(reject("T1,C1,10/1/94,M,MUMBAI,10.5,,25:61:99,25").reason()).isEqualTo(RejectReason.MISSING_TRANSACTION_DATE);
    // impossible date and impossible time
    assertThat(reject("T1,C1,10/1/94,M,MUMBAI,10.5,31/2/16,25:61:99,25").reason()).isEqualTo(RejectReason.BAD_TRANSACTION_DATE);
    // impossible time and a negative amount
    assertThat(reject("T1,C1,10/1/94,M,MUMBAI,10.5,2/8/16,256199,-5").reason()).isEqualTo(RejectReason.BAD_TRANSACTION_TIME);
    // a hard error wins over soft ones
    assertThat(reject("T1,C1,1/1/1800,T,,abc,2/8/16,143207,-5").reason()).isEqualTo(RejectReason.NEGATIVE_AMOUNT);
  }

  @Test
  void longBadValuesAreCutInTheDetail() {
    Rejection rejection = reject("T1,C1,10/1/94,M,MUMBAI,10.5,2/8/16,143207," + "9x".repeat(100));
    assertThat(rejection.detail()).contains("...\"").hasSizeLessThan(120);
  }

  private CleanRecord clean(String line) {
    ParsedLine parsed = parser.parse(line);
    assertThat(parsed).as("parse of %s", line).isInstanceOf(CleanRecord.class);
    return (CleanRecord) parsed;
  }

  private Rejection reject(String line) {
    ParsedLine parsed = parser.parse(line);
    assertThat(parsed).as("parse of %s", line).isInstanceOf(Rejection.class);
    return (Rejection) parsed;
  }

  /** The six soft flags as letters, '-' when not set. */
  private static String flags(CleanRecord r) {
    return (r.dobPlaceholder() ? "P" : "-") + (r.dobMissing() ? "M" : "-") + (r.dobInvalid() ? "I" : "-")
        + (r.genderUnknown() ? "G" : "-") + (r.locationMissing() ? "L" : "-") + (r.balanceMissing() ? "B" : "-");
  }
}
