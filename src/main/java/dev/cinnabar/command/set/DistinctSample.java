package dev.cinnabar.command.set;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/** A uniformly random choice of distinct indexes below a size, for SRANDMEMBER with a positive count. */
final class DistinctSample {

    private static final int EMPTY = -1;

    private DistinctSample() {
    }

    /** {@code count} distinct indexes in [0, size), in random order; {@code count} must not exceed {@code size}. */
    static int[] of(int size, int count, RandomGenerator random) {
        // Shuffling a list of every index costs the size; drawing with rejection costs about the count
        // while draws rarely repeat, which holds when the count is a small part of the size.
        return (long) count * 3 > size ? shuffledPrefix(size, count, random) : drawn(size, count, random);
    }

    private static int[] shuffledPrefix(int size, int count, RandomGenerator random) {
        int[] all = new int[size];
        Arrays.setAll(all, i -> i);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(size - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return Arrays.copyOf(all, count);
    }

    /** Draws until {@code count} distinct indexes came up, remembering them in an open-addressing table. */
    private static int[] drawn(int size, int count, RandomGenerator random) {
        int[] seen = new int[Integer.highestOneBit(Math.max(1, count)) << 2];
        Arrays.fill(seen, EMPTY);
        int mask = seen.length - 1;
        int[] chosen = new int[count];
        int found = 0;
        while (found < count) {
            int index = random.nextInt(size);
            int slot = (index * 0x9E3779B9) >>> 7 & mask;
            while (seen[slot] != EMPTY && seen[slot] != index) {
                slot = (slot + 1) & mask;
            }
            if (seen[slot] == EMPTY) {
                seen[slot] = index;
                chosen[found++] = index;
            }
        }
        return chosen;
    }
}
