package com.banksegment.generator;

/**
 * Stateless 64-bit hashing (the SplitMix64 finalizer). Every random choice of the generator is a
 * hash of (seed, row or customer, field), so a row's content depends only on the seed and its
 * index: output is deterministic, needs no shared random state and never holds rows in memory.
 * Floating-point functions of the generator use StrictMath so the bytes are the same on every JVM.
 */
final class Mix {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Mix() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A key for item {@code index} of a stream; different streams give unrelated keys. */
  static long key(long seed, long stream, long index) {
    return mix(mix(seed ^ stream * GOLDEN) + index * GOLDEN);
  }

  /** A 64-bit value for one field of a keyed item. */
  static long bits(long key, long field) {
    return mix(key + field * GOLDEN);
  }

  /** A uniform double in [0, 1) for one field of a keyed item. */
  static double unit(long key, long field) {
    return (bits(key, field) >>> 11) * 0x1.0p-53;
  }

  /** A uniform long in [0, bound) for one field of a keyed item. */
  static long below(long key, long field, long bound) {
    return Math.floorMod(bits(key, field), bound);
  }

  /** A standard normal value (Box-Muller) for one field of a keyed item. */
  static double normal(long key, long field) {
    double u1 = 1.0 - unit(key, field);
    double u2 = unit(key, field + 0x5151);
    return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * Math.PI * u2);
  }
}
