package com.banksegment.config.source;

import com.banksegment.config.SettingsException;
import com.banksegment.config.SettingsReader;
import com.typesafe.config.Config;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every declared source ({@code segment.sources}) and the one ingest reads unless told otherwise
 * ({@code segment.ingest.source}, {@code --source} on the command line). Every declaration is
 * checked when the settings load, whether or not this run reads it: a broken declaration is
 * found at once, not on the day someone first uses it.
 */
public record SourceCatalog(Map<String, SourceDeclaration> sources, String selected) {
  public static final String SOURCES = "segment.sources";
  public static final String SELECTED = "segment.ingest.source";

  public SourceCatalog {
    sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
  }

  public static SourceCatalog read(SettingsReader r) {
    Config config = r.config();
    if (!config.hasPath(SOURCES) || config.getObject(SOURCES).isEmpty()) {
      throw new SettingsException(SOURCES + " is missing: expected at least one source declaration");
    }
    Map<String, SourceDeclaration> sources = new LinkedHashMap<>();
    for (String name : new java.util.TreeSet<>(config.getObject(SOURCES).keySet())) {
      sources.put(name, SourceReader.read(config, name));
    }
    String selected = r.oneOf(SELECTED, sources.keySet());
    return new SourceCatalog(sources, selected);
  }

  /** The source ingest reads by default. */
  public SourceDeclaration selectedSource() {
    return sources.get(selected);
  }

  /** A source by name; an unknown name is bad input naming the declared ones. */
  public SourceDeclaration source(String name) {
    SourceDeclaration source = sources.get(name);
    if (source == null) {
      throw new SettingsException("source \"" + name + "\" is not declared: expected one of "
          + String.join(", ", sources.keySet()) + " (or a declaration under " + SOURCES + "." + name + ")");
    }
    return source;
  }
}
