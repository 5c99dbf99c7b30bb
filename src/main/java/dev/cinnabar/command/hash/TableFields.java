package dev.cinnabar.command.hash;

import dev.cinnabar.keyspace.BytesTable;
import dev.cinnabar.resp.Reply;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * A large hash: a {@link BytesTable} of fields with the values in a parallel array. A handle is the
 * pair's slot. Values are never changed in place, so a copy shares them.
 */
final class TableFields extends BytesTable implements HashFields {

    private byte[][] values;

    TableFields(int expected) {
        super(expected);
        values = new byte[capacity()][];
    }

    private TableFields(TableFields other) {
        super(other);
        values = Arrays.copyOf(other.values, other.values.length);
    }

    @Override
    public int first() {
        return size() > 0 ? 0 : -1;
    }

    @Override
    public int next(int handle) {
        return handle + 1 < size() ? handle + 1 : -1;
    }

    @Override
    public IntUnaryOperator byIndex() {
        return IntUnaryOperator.identity();
    }

    @Override
    public byte[] field(int handle) {
        return key(handle);
    }

    @Override
    public byte[] value(int handle) {
        return values[handle];
    }

    @Override
    public int valueLength(int handle) {
        return values[handle].length;
    }

    @Override
    public void replyField(Reply reply, int handle) {
        reply.bulk(key(handle));
    }

    @Override
    public void replyValue(Reply reply, int handle) {
        reply.bulk(values[handle]);
    }

    @Override
    public void setValue(int handle, byte[] value) {
        values[handle] = value;
    }

    @Override
    public void add(byte[] field, byte[] value) {
        // Not values[add(field)]: the array is read before add() may replace it with a larger one.
        int slot = add(field);
        values[slot] = value;
    }

    @Override
    public void remove(int handle) {
        removeAt(handle);
    }

    @Override
    public String encoding() {
        return "hashtable";
    }

    @Override
    public HashFields copy() {
        return new TableFields(this);
    }

    @Override
    protected void resizeValues(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }

    @Override
    protected void moveValue(int from, int to) {
        values[to] = values[from];
    }

    @Override
    protected void clearValue(int slot) {
        values[slot] = null;
    }
}
