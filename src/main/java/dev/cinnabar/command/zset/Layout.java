package dev.cinnabar.command.zset;

/**
 * How a sorted set keeps its elements: {@link PackedLayout} (Redis's listpack encoding) while small,
 * {@link IndexedLayout} (its skiplist encoding: a hash table plus an ordered index) once large. Ranks
 * count from 0 in ascending order.
 */
interface Layout {

    /** The name OBJECT ENCODING reports. */
    String encoding();

    int size();

    /** The member's score, or NaN when it is absent (no score is ever NaN). */
    double score(byte[] member);

    /** Adds a member that is absent. */
    void insert(byte[] member, double score);

    /** Changes the score of a member that is present. */
    void update(byte[] member, double score);

    /** Removes the member; false if it was absent. */
    boolean remove(byte[] member);

    /** How many elements lie below the cut. */
    int count(Cut cut);

    /** A cursor on the element of that rank, which must exist. */
    Cursor at(int rank);

    /** Removes {@code n} elements from rank {@code from} on. */
    void removeRange(int from, int n);

    /** One step of an incremental scan (ZSCAN): visits some elements and returns the next cursor, 0 when done. */
    long scan(long cursor, Visitor visitor);

    /** The elements in some fixed order, each reachable in O(1), for random sampling. */
    Sample sample();

    Layout copy();

    /** Receives elements. */
    interface Visitor {
        void visit(byte[] member, double score);
    }

    /** Elements addressed by an index from 0 to size - 1, in no particular order. */
    interface Sample {
        int size();

        byte[] member(int index);

        double score(int index);
    }
}
