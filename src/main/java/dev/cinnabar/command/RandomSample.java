package dev.cinnabar.command;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Distinct random indices for the commands that return several distinct random elements of a
 * collection (HRANDFIELD, SRANDMEMBER, ZRANDMEMBER with a positive count).
 */
public final class RandomSample {

    private static final int EMPTY = -1;

    private RandomSample() {
    }

    /**
     * {@code count} distinct indices from 0 to {@code size - 1}, each subset equally likely, in time and
     * space proportional to {@code count} (Floyd's algorithm); requires {@code count <= size}.
     */
    public static int[] distinct(int size, int count, RandomGenerator random) {
        int[] chosen = new int[count];
        int[] seen = new int[Integer.highestOneBit(Math.max(1, count)) << 2];
        Arrays.fill(seen, EMPTY);
        int mask = seen.length - 1;
        int n = 0;
        for (int j = size - count; j < size; j++) {
            int pick = random.nextInt(j + 1);
            if (!add(seen, mask, pick)) {
                // j is larger than anything taken so far, so it is new.
                pick = j;
                add(seen, mask, j);
            }
            chosen[n++] = pick;
        }
        return chosen;
    }

    /** Adds {@code value} to the open-addressing set; false when it was already there. */
    private static boolean add(int[] set, int mask, int value) {
        int i = value & mask;
        while (set[i] != EMPTY) {
            if (set[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        set[i] = value;
        return true;
    }
}
