package dev.cinnabar.keyspace;

/**
 * A value other than a string: a hash, list, set or sorted set. Each knows the name TYPE reports, the
 * encoding OBJECT ENCODING reports for its current layout, and how to copy itself for COPY.
 */
public interface TypedValue {

    /** The name TYPE replies and SCAN's TYPE option matches: {@code hash}, {@code list}, {@code set}, {@code zset}. */
    String typeName();

    /** Redis's name for the current layout: {@code listpack}, {@code intset}, {@code hashtable}, {@code skiplist}, {@code quicklist}. */
    String encoding();

    /** A deep copy that shares no mutable state with this value. */
    TypedValue copy();

    /** Whether it holds no elements; Redis deletes a key whose collection became empty. */
    boolean isEmpty();

    /**
     * Whether a key created with this value may wake clients blocked on it: true for the types blocking
     * commands wait for (lists, sorted sets), as Redis 7.0 signals a new key only for those.
     */
    default boolean wakesBlockedClients() {
        return false;
    }
}
