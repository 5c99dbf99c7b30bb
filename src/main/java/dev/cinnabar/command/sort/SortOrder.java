package dev.cinnabar.command.sort;

import java.util.Arrays;

/**
 * Compares two of the elements being sorted, by their indexes, as Redis's {@code sortCompare} does.
 * Numbers compare as numbers, ties by the elements' bytes so the order is always the same. ALPHA compares
 * bytes too: Redis uses strcoll, which in the C locale it runs in compares as C strings, up to the first
 * NUL byte; with STORE it compares whole strings instead, so that the stored list does not depend on
 * the locale. Under BY, elements without a value come first. DESC reverses every comparison.
 */
@FunctionalInterface
interface SortOrder {

    int compare(int a, int b);

    /**
     * The order for {@code options} over {@code elements}, weighed by {@code weights} when sorting
     * numerically, or by {@code alphaKeys} (null where there is no value) for ALPHA with BY.
     */
    static SortOrder of(SortOptions options, byte[][] elements, double[] weights, byte[][] alphaKeys) {
        Comparison strings = options.destination != null ? Arrays::compareUnsigned : SortOrder::compareCStrings;
        SortOrder order;
        if (!options.alpha) {
            order = (a, b) -> weights[a] > weights[b] ? 1 : weights[a] < weights[b] ? -1
                    : Arrays.compareUnsigned(elements[a], elements[b]);
        } else if (options.by != null) {
            order = (a, b) -> alphaKeys[a] == null || alphaKeys[b] == null
                    ? Boolean.compare(alphaKeys[a] != null, alphaKeys[b] != null)
                    : strings.compare(alphaKeys[a], alphaKeys[b]);
        } else {
            order = (a, b) -> strings.compare(elements[a], elements[b]);
        }
        return options.descending ? (a, b) -> order.compare(b, a) : order;
    }

    /** C's strcmp: unsigned bytes up to the first NUL of either, a string ending first being smaller. */
    static int compareCStrings(byte[] a, byte[] b) {
        for (int i = 0; ; i++) {
            int x = i < a.length ? a[i] & 0xff : 0;
            int y = i < b.length ? b[i] & 0xff : 0;
            if (x != y || x == 0) {
                return x - y;
            }
        }
    }

    /** A comparison of two strings. */
    @FunctionalInterface
    interface Comparison {
        int compare(byte[] a, byte[] b);
    }
}
