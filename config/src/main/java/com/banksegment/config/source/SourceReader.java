package com.banksegment.config.source;

import com.banksegment.config.SettingsException;
import com.banksegment.config.SettingsReader;
import com.banksegment.config.source.SourceDeclaration.AmountRule;
import com.banksegment.config.source.SourceDeclaration.BirthDateRule;
import com.banksegment.config.source.SourceDeclaration.CancellationRule;
import com.banksegment.config.source.SourceDeclaration.CsvFormat;
import com.banksegment.config.source.SourceDeclaration.GenderRule;
import com.banksegment.config.source.SourceDeclaration.TimestampRule;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigValueType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;

/**
 * Reads and checks one {@code segment.sources.<name>} declaration. Every problem is a
 * {@link SettingsException} naming the full key and what is expected, raised when the settings
 * are loaded, so a wrong declaration stops any command before it reads a file.
 */
final class SourceReader {
  private final SettingsReader r;
  private final String base;

  private SourceReader(Config config, String name) {
    this.r = new SettingsReader(config);
    this.base = "segment.sources." + name;
  }

  static SourceDeclaration read(Config config, String name) {
    return new SourceReader(config, name).declaration(name);
  }

  private SourceDeclaration declaration(String name) {
    List<String> columns = columns();
    boolean lineItems = has("amount.quantity") || has("amount.unit-price");
    return new SourceDeclaration(name, csv(), columns,
        column("customer-id", columns), column("transaction-id", columns),
        timestamp(columns), amount(columns),
        has("birth-date") ? birthDate(columns) : null,
        has("gender") ? gender(columns) : null,
        has("location") ? column("location", columns) : null,
        has("country") ? column("country", columns) : null,
        has("balance") ? column("balance", columns) : null,
        cancellations(lineItems));
  }

  private CsvFormat csv() {
    String encoding = r.string(key("csv.encoding"));
    if (!encoding.equalsIgnoreCase("UTF-8")) {
      throw SettingsReader.invalid(key("csv.encoding"), encoding,
          "UTF-8 (with or without a byte-order mark; other encodings are not read yet)");
    }
    if (!r.bool(key("csv.header"))) {
      throw SettingsReader.invalid(key("csv.header"), false, "true (files start with a header line naming the columns)");
    }
    String endings = r.oneOf(key("csv.line-endings"), java.util.Set.of("lf-or-crlf"));
    return new CsvFormat(oneChar("csv.delimiter"), oneChar("csv.quote"), "UTF-8", true, endings);
  }

  private List<String> columns() {
    List<String> columns = strings("columns");
    if (columns.isEmpty()) {
      throw SettingsReader.invalid(key("columns"), "[]", "the header's column names, in order");
    }
    if (new HashSet<>(columns).size() != columns.size() || columns.stream().anyMatch(String::isBlank)) {
      throw SettingsReader.invalid(key("columns"), columns, "distinct, non-empty column names");
    }
    return columns;
  }

  private TimestampRule timestamp(List<String> columns) {
    if (has("timestamp.column") == has("timestamp.date")) {
      throw new SettingsException(key("timestamp") + ": expected either column (with formats) or date and time"
          + " (with date-formats and time-formats)");
    }
    if (has("timestamp.column")) {
      return new TimestampRule.OneColumn(column("timestamp.column", columns), formats("timestamp.formats", false));
    }
    return new TimestampRule.DateAndTime(column("timestamp.date", columns), formats("timestamp.date-formats", false),
        column("timestamp.time", columns), formats("timestamp.time-formats", true));
  }

  private AmountRule amount(List<String> columns) {
    boolean lineItems = has("amount.quantity") || has("amount.unit-price");
    if (has("amount.column") == lineItems) {
      throw new SettingsException(key("amount") + ": expected either column, or quantity and unit-price"
          + " (the amount is then quantity x unit price and rows are invoice lines)");
    }
    return lineItems
        ? new AmountRule.LineItems(column("amount.quantity", columns), column("amount.unit-price", columns))
        : new AmountRule.OneColumn(column("amount.column", columns));
  }

  private BirthDateRule birthDate(List<String> columns) {
    String placeholder = has("birth-date.placeholder") ? r.string(key("birth-date.placeholder")) : null;
    if (placeholder != null) {
      try {
        LocalDate.parse(placeholder);
      } catch (DateTimeParseException e) {
        throw SettingsReader.invalid(key("birth-date.placeholder"), placeholder, "an ISO date such as 1800-01-01");
      }
    }
    return new BirthDateRule(column("birth-date.column", columns), formats("birth-date.formats", false),
        has("birth-date.missing-values") ? strings("birth-date.missing-values") : List.of(), placeholder);
  }

  private GenderRule gender(List<String> columns) {
    return new GenderRule(column("gender.column", columns), nonEmpty("gender.male"), nonEmpty("gender.female"));
  }

  private CancellationRule cancellations(boolean lineItems) {
    String path = key("cancellations");
    if (r.config().hasPath(path) && r.config().getValue(path).valueType() == ConfigValueType.STRING) {
      r.oneOf(path, java.util.Set.of("none"));
      return CancellationRule.NONE;
    }
    if (!r.config().hasPath(path)) {
      throw new SettingsException(path + " is missing: expected none, or { id-prefix = \"C\", negative-quantity ="
          + " true } (either or both)");
    }
    String prefix = has("cancellations.id-prefix") ? r.nonBlank(key("cancellations.id-prefix")) : null;
    boolean negative = has("cancellations.negative-quantity") && r.bool(key("cancellations.negative-quantity"));
    if (negative && !lineItems) {
      throw SettingsReader.invalid(key("cancellations.negative-quantity"), true,
          "false when the amount is one column (only a quantity can be negative)");
    }
    if (prefix == null && !negative) {
      throw new SettingsException(path + ": expected id-prefix or negative-quantity = true, or cancellations = none");
    }
    return new CancellationRule(prefix, negative);
  }

  private List<String> formats(String path, boolean timeOnly) {
    List<String> formats = nonEmpty(path);
    for (String format : formats) {
      if (timeOnly && format.equals(ValueFormats.INTEGER_HHMMSS)) {
        continue;
      }
      try {
        ValueFormats.formatter(format);
      } catch (IllegalArgumentException e) {
        throw SettingsReader.invalid(key(path), format, "date/time patterns such as \"dd-MM-yyyy HH:mm\""
            + (timeOnly ? " or " + ValueFormats.INTEGER_HHMMSS : "") + " (" + e.getMessage() + ")");
      }
    }
    return formats;
  }

  private String column(String path, List<String> columns) {
    String name = r.nonBlank(key(path));
    if (!columns.contains(name)) {
      throw SettingsReader.invalid(key(path), name, "one of the declared columns " + columns);
    }
    return name;
  }

  private char oneChar(String path) {
    String value = r.string(key(path));
    if (value.length() != 1) {
      throw SettingsReader.invalid(key(path), value, "one character");
    }
    return value.charAt(0);
  }

  private List<String> nonEmpty(String path) {
    List<String> values = strings(path);
    if (values.isEmpty()) {
      throw SettingsReader.invalid(key(path), "[]", "at least one value");
    }
    return values;
  }

  private List<String> strings(String path) {
    try {
      return List.copyOf(r.config().getStringList(key(path)));
    } catch (ConfigException.Missing e) {
      throw new SettingsException(key(path) + " is missing: expected a list of texts");
    } catch (ConfigException.WrongType e) {
      throw SettingsReader.invalid(key(path), r.config().getValue(key(path)).unwrapped(), "a list of texts");
    }
  }

  private boolean has(String path) {
    return r.config().hasPath(key(path));
  }

  private String key(String path) {
    return base + "." + path;
  }
}
