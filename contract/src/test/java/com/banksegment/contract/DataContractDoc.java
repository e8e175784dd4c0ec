package com.banksegment.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** docs/data-contract.md as the tests read it: the markdown table under a heading. */
record DataContractDoc(String text) {

  static DataContractDoc load() {
    Path file = Path.of(System.getProperty("data.contract.doc", "../docs/data-contract.md"));
    try {
      return new DataContractDoc(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("data contract not found at " + file.toAbsolutePath(), e);
    }
  }

  /** The lines from a heading (a whole line) to the next heading of the same or a higher level. */
  List<String> section(String heading) {
    List<String> lines = text.lines().toList();
    int at = lines.indexOf(heading);
    if (at < 0) {
      throw new AssertionError("docs/data-contract.md has no heading \"" + heading + "\"");
    }
    int level = level(heading);
    List<String> section = new ArrayList<>();
    for (String line : lines.subList(at + 1, lines.size())) {
      if (line.startsWith("#") && level(line) <= level) {
        break;
      }
      section.add(line);
    }
    return section;
  }

  private static int level(String heading) {
    int n = 0;
    while (n < heading.length() && heading.charAt(n) == '#') {
      n++;
    }
    return n;
  }

  /** The rows of the first markdown table in a section, as cells (header row left out). */
  List<List<String>> tableRows(String heading) {
    List<List<String>> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : section(heading)) {
      if (line.startsWith("|---")) {
        inTable = true;
        continue;
      }
      if (inTable && !line.startsWith("|")) {
        break;
      }
      if (inTable) {
        List<String> cells = new ArrayList<>();
        String[] parts = line.split("\\|", -1);
        for (int i = 1; i < parts.length - 1; i++) {
          cells.add(parts[i].trim());
        }
        rows.add(cells);
      }
    }
    if (rows.isEmpty()) {
      throw new AssertionError("docs/data-contract.md: no table under \"" + heading + "\"");
    }
    return rows;
  }

  /**
   * "name:type" of every column a "| column | type | meaning |" table documents; a row may name
   * several columns of one type ("avg_amount, max_amount").
   */
  List<String> columns(String heading) {
    List<String> out = new ArrayList<>();
    for (List<String> row : tableRows(heading)) {
      for (String name : row.get(0).split(",")) {
        out.add(name.trim() + ":" + row.get(1));
      }
    }
    return out;
  }
}
