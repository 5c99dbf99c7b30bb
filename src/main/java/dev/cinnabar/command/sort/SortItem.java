package dev.cinnabar.command.sort;

import java.util.Arrays;
import java.util.Comparator;

/**
 * One element being sorted, with what it sorts by: a weight when sorting numerically, the BY pattern's
 * value (null when there is none) when sorting by ALPHA with BY.
 */
final class SortItem {

    final byte[] element;
    double weight;
    byte[] alphaKey;

    SortItem(byte[] element) {
        this.element = element;
    }

    /**
     * Redis's {@code sortCompare}. Numbers compare as numbers, ties by the elements' bytes so the order
     * is always the same. ALPHA compares bytes too: Redis uses strcoll, which in the C locale it runs in
     * compares as C strings, up to the first NUL byte; with STORE it compares whole strings instead, so
     * that the stored list does not depend on the locale. Under BY, elements without a value come first.
     */
    static Comparator<SortItem> order(SortOptions options) {
        Comparator<byte[]> strings = options.destination != null ? Arrays::compareUnsigned : SortItem::compareCStrings;
        Comparator<SortItem> order;
        if (!options.alpha) {
            order = (a, b) -> a.weight > b.weight ? 1 : a.weight < b.weight ? -1 : Arrays.compareUnsigned(a.element, b.element);
        } else if (options.by != null) {
            order = (a, b) -> a.alphaKey == null || b.alphaKey == null
                    ? Boolean.compare(a.alphaKey != null, b.alphaKey != null)
                    : strings.compare(a.alphaKey, b.alphaKey);
        } else {
            order = (a, b) -> strings.compare(a.element, b.element);
        }
        return options.descending ? order.reversed() : order;
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
}
