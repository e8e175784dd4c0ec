package com.banksegment.ingest.parse;

import com.banksegment.config.SettingsReader;
import com.banksegment.config.source.SourceCatalog;
import com.banksegment.config.source.SourceDeclaration;
import com.banksegment.contract.RawLayout;
import com.typesafe.config.ConfigFactory;

/**
 * The parser of a declared source. The built-in {@code bank-transactions} declaration, exactly as
 * reference.conf writes it, is read by {@link RawRecordParser}: the bank layout's parser, tuned
 * for files of millions of rows, which reads the same rules by hand (ingest's parity test checks
 * both agree). Any other declaration, or a changed bank one, is read by
 * {@link DeclaredRecordParser}.
 */
public final class LineParsers {
  private LineParsers() {}

  public static LineParser.Factory forSource(SourceDeclaration source) {
    if (isBuiltInBank(source)) {
      return RawRecordParser::new;
    }
    return () -> new DeclaredRecordParser(source);
  }

  /** The source as the header check and the messages name it. */
  public static RawLayout layout(SourceDeclaration source) {
    return new RawLayout(source.name(), source.columns());
  }

  static boolean isBuiltInBank(SourceDeclaration source) {
    SourceDeclaration builtIn = SourceCatalog.read(new SettingsReader(ConfigFactory.defaultReference().resolve()))
        .sources().get("bank-transactions");
    return source.equals(builtIn) && source.columns().equals(RawLayout.BANK.columns());
  }
}
