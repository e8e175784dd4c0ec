package com.banksegment.ingest.parse;

import com.banksegment.config.source.SourceDeclaration;
import com.banksegment.config.source.SourceDeclaration.BirthDateRule;
import com.banksegment.config.source.SourceDeclaration.GenderRule;
import com.banksegment.ingest.parse.DeclaredRecordParser.Fields;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The customer attributes of a declared source on one row: soft problems, so the row stays and
 * the value is null with its flag. An attribute the source does not declare is null with its
 * flag false: nothing is missing from a row that never had it.
 */
final class DeclaredAttributes {
  private final SourceDeclaration source;
  private final DeclaredTimestamps birthDates;
  private final LocalDate placeholder;

  DeclaredAttributes(SourceDeclaration source) {
    this.source = source;
    BirthDateRule dob = source.birthDate();
    this.birthDates = dob == null ? null : new DeclaredTimestamps(dob.formats());
    this.placeholder = dob == null || dob.placeholder() == null ? null : LocalDate.parse(dob.placeholder());
  }

  CleanRecord clean(Fields row, String id, String customer, LocalDateTime at, double amount, Double quantity,
      Double unitPrice, boolean cancellation, String time, Instant ts) {
    BirthDateRule dobRule = source.birthDate();
    String dobText = dobRule == null ? "" : row.get(dobRule.column());
    boolean dobMissing = dobRule != null && (dobText.isEmpty()
        || dobRule.missingValues().stream().anyMatch(dobText::equalsIgnoreCase));
    LocalDate dob = dobRule == null || dobMissing ? null : birthDate(dobText, at.toLocalDate());
    boolean dobPlaceholder = dob != null && dob.equals(placeholder);
    boolean dobInvalid = dobRule != null && !dobMissing && (dob == null || dob.isAfter(at.toLocalDate()));
    String gender = gender(row);
    String location = row.optional(source.location());
    String country = row.optional(source.country());
    String balanceText = row.optional(source.balance());
    Double balance = RawValues.decimal(balanceText);
    return new CleanRecord(id, customer, dobPlaceholder || dobInvalid ? null : dob, gender,
        location.isEmpty() ? null : location, balance, at.toLocalDate(), time, ts, at.getHour(), amount,
        dobPlaceholder, dobMissing, dobInvalid,
        source.gender() != null && gender == null,
        source.location() != null && location.isEmpty(),
        source.balance() != null && balance == null,
        quantity, unitPrice, cancellation, country.isEmpty() ? null : country);
  }

  /** Two-digit years: 20yy unless that is after the transaction's year, then 19yy (nobody is born after they buy). */
  private LocalDate birthDate(String text, LocalDate transactionDate) {
    DeclaredTimestamps.DatedText dated = birthDates.datedWithPattern(text);
    if (dated == null) {
      return null;
    }
    LocalDate date = dated.date();
    return dated.twoDigitYear() && date.getYear() > transactionDate.getYear() ? date.minusYears(100) : date;
  }

  private String gender(Fields row) {
    GenderRule rule = source.gender();
    if (rule == null) {
      return null;
    }
    String text = row.get(rule.column());
    if (rule.male().stream().anyMatch(text::equalsIgnoreCase)) {
      return "M";
    }
    return rule.female().stream().anyMatch(text::equalsIgnoreCase) ? "F" : null;
  }
}
