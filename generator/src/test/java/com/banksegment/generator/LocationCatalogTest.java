package com.banksegment.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocationCatalogTest {
  private final LocationCatalog catalog = new LocationCatalog();

  @Test
  void namesAreDistinctUppercaseAndOnlyCommaNamesAreQuoted() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < catalog.size(); i++) {
      String name = catalog.name(i);
      assertThat(names.add(name)).as("duplicate %s", name).isTrue();
      assertThat(name).matches("[A-Z0-9][A-Z0-9 ,()\\-]*").isEqualTo(name.toUpperCase());
      String field = new String(catalog.csvField(i), java.nio.charset.StandardCharsets.US_ASCII);
      assertThat(field).isEqualTo(name.contains(",") ? "\"" + name + "\"" : name);
    }
    assertThat(names).contains("MUMBAI", "JORHAT, ASSAM", "WHITEFIELD,BANGALORE");
  }

  @Test
  void expectedDistinctLocationsMatchTheRealFile() {
    // Expected distinct values among n independent draws: sum over names of 1 - exp(-n * share).
    // About 0.92 draws per row (repeat rows of the same person reuse the location).
    assertThat(expectedDistinct(0.92 * GeneratorSettings.FULL_FILE_ROWS)).isBetween(9_000.0, 9_700.0);
    assertThat(expectedDistinct(0.92 * 20_000)).isBetween(1_600.0, 2_000.0);
  }

  @Test
  void mumbaiIsATenthAndCommaNamesAboutFourInTenThousand() {
    double comma = 0;
    for (int i = 0; i < catalog.size(); i++) {
      comma += catalog.name(i).contains(",") ? catalog.share(i) : 0;
    }
    assertThat(catalog.share(0)).isBetween(0.099, 0.101);
    assertThat(catalog.name(0)).isEqualTo("MUMBAI");
    assertThat(comma).isBetween(0.0003, 0.0006);
  }

  private double expectedDistinct(double draws) {
    double sum = 0;
    for (int i = 0; i < catalog.size(); i++) {
      sum += 1 - Math.exp(-draws * catalog.share(i));
    }
    return sum;
  }
}
