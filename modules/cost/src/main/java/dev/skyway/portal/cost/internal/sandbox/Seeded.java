package dev.skyway.portal.cost.internal.sandbox;

import java.util.UUID;

/**
 * Deterministic dice: every draw is a hash of the seed and the names of what is drawn for (account, resource, day),
 * so a value does not depend on the order things are generated in, and the same inputs give the same files.
 */
final class Seeded {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] SKU = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final long seed;

    Seeded(long seed) {
        this.seed = seed;
    }

    /** A number in [0, 1). */
    double unit(String... keys) {
        return (hash(keys) >>> 11) * 0x1.0p-53;
    }

    /** A number in [0, 1) for a key on a given day (or any other counter). */
    double unit(String key, long counter) {
        return (mix(hash(key) ^ mix(counter + 0x9E3779B97F4A7C15L)) >>> 11) * 0x1.0p-53;
    }

    /** A number in [low, high). */
    double between(double low, double high, String... keys) {
        return low + (high - low) * unit(keys);
    }

    int below(int bound, String... keys) {
        return (int) (unit(keys) * bound);
    }

    String hex(int length, String... keys) {
        return chars(HEX, length, keys);
    }

    /** Upper-case letters and digits, as AWS writes SKU and offer codes. */
    String code(int length, String... keys) {
        return chars(SKU, length, keys);
    }

    /** A version 4 UUID. */
    UUID uuid(String... keys) {
        long high = hash(keys);
        long low = mix(high ^ 0x5DEECE66DL);
        return new UUID((high & ~0xF000L) | 0x4000L, (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    private String chars(char[] alphabet, int length, String... keys) {
        StringBuilder text = new StringBuilder(length);
        long bits = hash(keys);
        for (int i = 0; i < length; i++) {
            if (i % 10 == 9) {
                bits = mix(bits + i);
            }
            text.append(alphabet[(int) Long.remainderUnsigned(bits >>> (6 * (i % 10)), alphabet.length)]);
        }
        return text.toString();
    }

    private long hash(String... keys) {
        long h = mix(seed);
        for (String key : keys) {
            h = mix(h ^ key.hashCode() ^ ((long) key.length() << 40));
        }
        return h;
    }

    /** SplitMix64's finalizer. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
