package dev.cinnabar.command.list;

/**
 * The elements LRANGE and LTRIM select with start and stop, inclusive indexes where negative ones
 * count from the tail, clamped to the list as Redis does: a range that selects nothing has no elements.
 *
 * @param first the index of the first element selected
 * @param count how many are selected
 */
record ListRange(long first, long count) {

    static ListRange of(long start, long stop, long length) {
        if (start < 0) {
            start += length;
        }
        if (stop < 0) {
            stop += length;
        }
        if (start < 0) {
            start = 0;
        }
        if (start > stop || start >= length) {
            return new ListRange(0, 0);
        }
        return new ListRange(start, Math.min(stop, length - 1) - start + 1);
    }
}
