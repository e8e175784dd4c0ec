package com.banksegment.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Repeated hashes are found across splits and within one; distinct ids give distinct hashes. */
class IdHashesTest {
  @Test
  void hashesSeenTwiceAnywhereAreRepeated() {
    IdHashes a = new IdHashes();
    IdHashes b = new IdHashes();
    for (String id : List.of("T1", "T2", "T3", "T2")) {
      a.add(IdHashes.hash(id));
    }
    for (String id : List.of("T4", "T3")) {
      b.add(IdHashes.hash(id));
    }
    assertThat(IdHashes.repeated(List.of(a.sorted(), b.sorted())))
        .containsExactlyInAnyOrder(IdHashes.hash("T2"), IdHashes.hash("T3"));
    assertThat(IdHashes.repeated(List.of(new long[0]))).isEmpty();
  }

  @Test
  void aMillionGeneratedIdsHaveNoCollision() {
    IdHashes ids = new IdHashes();
    for (int i = 0; i < 1_000_000; i++) {
      ids.add(IdHashes.hash("T" + i));
    }
    assertThat(IdHashes.repeated(List.of(ids.sorted()))).isEmpty();
  }
}
