package dev.cinnabar.command.hash;

import dev.cinnabar.resp.Reply;

import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;

/**
 * A hash's field-value pairs in one of Redis's two layouts. A pair is addressed by a handle, an int the
 * layout chooses, valid until the hash changes; -1 stands for no pair.
 */
sealed interface HashFields permits PackedFields, TableFields {

    int size();

    /** The handle of the pair whose field is {@code field}, or -1. */
    int find(byte[] field);

    /** The first pair's handle, or -1 when there is none. */
    int first();

    /** The handle of the pair after {@code handle}, or -1 after the last. */
    int next(int handle);

    /** Maps a pair's index, 0 to size - 1, to its handle in constant time, until the hash changes. */
    IntUnaryOperator byIndex();

    /** The field, shared or copied: the caller must not change it. */
    byte[] field(int handle);

    /** The value, shared or copied: the caller must not change it. */
    byte[] value(int handle);

    int valueLength(int handle);

    void replyField(Reply reply, int handle);

    void replyValue(Reply reply, int handle);

    /** Replaces the value of an existing pair. */
    void setValue(int handle, byte[] value);

    /** Adds a pair whose field is known to be absent. */
    void add(byte[] field, byte[] value);

    void remove(int handle);

    /**
     * Visits some pairs and returns the cursor to continue from, 0 when the walk is done, as Redis's
     * SCAN cursor: a table walks one bucket per call, a listpack visits everything at once.
     */
    long scan(long cursor, IntConsumer visitor);

    /** Redis's name for the layout, as OBJECT ENCODING reports it. */
    String encoding();

    HashFields copy();
}
