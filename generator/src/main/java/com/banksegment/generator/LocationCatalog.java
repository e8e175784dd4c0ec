package com.banksegment.generator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CustLocation values and how often each is drawn. A head of big cities with the shares seen
 * in the real file (Mumbai alone is a tenth of the rows) and a long Zipf tail of towns and of the
 * messy spellings the bank file is full of ("ANDHERI (E) MUMBAI", "SECTOR 21 NOIDA",
 * "REWARI (HARYANA)"). Tail size and slope are tuned so that about 9,350 distinct locations appear
 * in 1,048,567 rows (the full file has 9,355) and about 1,800 in 20,000 (its head has 1,782).
 * The catalog is the same for every seed: only the draws depend on the seed.
 */
final class LocationCatalog {
  private static final int TAIL_SIZE = 10_000;
  private static final int COMMA_TAIL_SIZE = 50;
  private static final double TAIL_SLOPE = 1.5;
  private static final double TAIL_OFFSET = 50;
  private static final long SHUFFLE_KEY = 0x10CA7105L;
  private static final List<String> TOWN_SPELLINGS = List.of("%s (%s)", "%s - DISTRICT", "DIST-%s",
      "%s(DT)", "%s (RURAL)", "%s CITY", "%s CANTT", "NEW %s", "%s EAST", "%s WEST", "NORTH %s", "SOUTH %s");
  private static final List<String> SIDE_SPELLINGS = List.of("%s (E) %s", "%s (W) %s", "%s (EAST) %s",
      "%s (WEST) %s", "%s EAST %s", "%s WEST %s");

  private final List<String> names;
  private final byte[][] csvFields;
  private final WeightedChoice choice;

  LocationCatalog() {
    Set<String> ordered = new LinkedHashSet<>();
    List<Double> weights = new ArrayList<>();
    double headWeight = 0;
    for (Map<String, Double> head : List.of(PlaceNames.BIG_CITIES, PlaceNames.COMMA_CITIES)) {
      for (Map.Entry<String, Double> city : head.entrySet()) {
        ordered.add(city.getKey());
        weights.add(city.getValue() / 10_000);
        headWeight += city.getValue() / 10_000;
      }
    }
    int headSize = ordered.size();
    Set<String> tailNames = new LinkedHashSet<>(plainTowns(ordered));
    List<String> spellings = spellings();
    shuffle(spellings);
    List<String> commaNames = commaSpellings();
    for (String spelling : spellings) {
      if (tailNames.size() >= TAIL_SIZE - commaNames.size()) {
        break;
      }
      if (!ordered.contains(spelling)) {
        tailNames.add(spelling);
      }
    }
    List<String> tail = new ArrayList<>(tailNames);
    tail.addAll(commaNames);
    double zipfTotal = 0;
    for (int rank = 0; rank < tail.size(); rank++) {
      zipfTotal += zipf(rank);
    }
    for (int rank = 0; rank < tail.size(); rank++) {
      weights.add((1 - headWeight) * zipf(rank) / zipfTotal);
    }
    List<String> all = new ArrayList<>(ordered);
    all.addAll(tail);
    this.names = List.copyOf(all);
    this.csvFields = new byte[names.size()][];
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String field = name.indexOf(',') >= 0 ? '"' + name + '"' : name;
      csvFields[i] = field.getBytes(StandardCharsets.US_ASCII);
    }
    this.choice = new WeightedChoice(weights.stream().mapToDouble(Double::doubleValue).toArray());
    if (headSize + tail.size() != names.size()) {
      throw new IllegalStateException("location catalog has duplicate names");
    }
  }

  int size() {
    return names.size();
  }

  String name(int index) {
    return names.get(index);
  }

  /** The location as written in the CSV: quoted when it contains a comma. */
  byte[] csvField(int index) {
    return csvFields[index];
  }

  double share(int index) {
    return choice.share(index);
  }

  int pick(double u) {
    return choice.pick(u);
  }

  private static double zipf(int rank) {
    return StrictMath.pow(rank + TAIL_OFFSET, -TAIL_SLOPE);
  }

  /** Towns not already in the head, the biggest of every state first, then the second, ... */
  private static List<String> plainTowns(Set<String> head) {
    Set<String> towns = new LinkedHashSet<>();
    int longest = PlaceNames.TOWNS_BY_STATE.values().stream().mapToInt(List::size).max().orElse(0);
    for (int position = 0; position < longest; position++) {
      for (List<String> stateTowns : PlaceNames.TOWNS_BY_STATE.values()) {
        if (position < stateTowns.size() && !head.contains(stateTowns.get(position))) {
          towns.add(stateTowns.get(position));
        }
      }
    }
    return new ArrayList<>(towns);
  }

  private static List<String> spellings() {
    List<String> result = new ArrayList<>();
    PlaceNames.TOWNS_BY_STATE.forEach((state, towns) -> {
      for (String town : towns) {
        for (String pattern : TOWN_SPELLINGS) {
          result.add(pattern.equals("%s (%s)") ? String.format(pattern, town, state)
              : String.format(pattern, town));
        }
      }
    });
    PlaceNames.AREAS_BY_CITY.forEach((city, areas) -> {
      boolean sides = city.equals("MUMBAI") || city.equals("THANE");
      for (String area : areas) {
        result.add(area);
        result.add(area + " " + city);
        if (sides) {
          SIDE_SPELLINGS.forEach(pattern -> result.add(String.format(pattern, area, city)));
        }
        for (int number = 1; number <= 20; number++) {
          result.add("NO " + number + " " + area + " " + city);
        }
      }
    });
    for (String city : PlaceNames.SECTOR_CITIES) {
      for (int sector = 1; sector <= 150; sector++) {
        result.add("SECTOR " + sector + " " + city);
        result.add(city + " SEC " + sector);
        result.add("SECTOR-" + sector + " " + city);
      }
    }
    return result;
  }

  /** The rarest names of all: "TOWN, STATE" and "AREA,CITY", quoted in the CSV. */
  private static List<String> commaSpellings() {
    List<String> result = new ArrayList<>();
    PlaceNames.TOWNS_BY_STATE.forEach((state, towns) -> {
      if (result.size() < COMMA_TAIL_SIZE * 3 / 5 && !state.equals("UAE")) {
        result.add(towns.get(towns.size() - 1) + ", " + state);
      }
    });
    PlaceNames.AREAS_BY_CITY.forEach((city, areas) -> {
      for (int i = 1; i < areas.size() && result.size() < COMMA_TAIL_SIZE; i += 3) {
        result.add(areas.get(i) + "," + city);
      }
    });
    return result;
  }

  private static void shuffle(List<String> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = (int) Mix.below(SHUFFLE_KEY, i, i + 1);
      String swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }
}
