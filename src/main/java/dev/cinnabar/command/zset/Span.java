package dev.cinnabar.command.zset;

/** A selection of consecutive ranks of a sorted set, resolved against the set at hand. */
interface Span {

    /** The ranks selected in {@code zset}. */
    Ranks ranks(SortedSet zset);

    /** Ranks given as start and stop indexes, both inclusive, negative ones counting from the end, clamped as Redis does. */
    static Span ofRanks(long start, long stop) {
        return zset -> {
            long size = zset.size();
            long first = Math.max(0, start < 0 ? size + start : start);
            long last = Math.min(size - 1, stop < 0 ? size + stop : stop);
            return first > last ? Ranks.EMPTY : new Ranks((int) first, (int) last + 1);
        };
    }

    /** Ranks {@code from} (inclusive) to {@code to} (exclusive); empty when {@code to <= from}. */
    record Ranks(int from, int to) {
        static final Ranks EMPTY = new Ranks(0, 0);

        int length() {
            return Math.max(0, to - from);
        }
    }
}
