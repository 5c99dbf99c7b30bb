package dev.cinnabar.command.hash;

import dev.cinnabar.keyspace.Listpack;
import dev.cinnabar.resp.Reply;

import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;

/**
 * A small hash as Redis keeps it: fields and values alternating in one listpack, in insertion order
 * (an update keeps its place, a deletion closes the gap), which is the order HGETALL replies in.
 * A handle is the position of the pair's field entry.
 */
final class PackedFields implements HashFields {

    private final Listpack pack;

    PackedFields() {
        this(new Listpack());
    }

    private PackedFields(Listpack pack) {
        this.pack = pack;
    }

    @Override
    public int size() {
        return pack.size() / 2;
    }

    @Override
    public int find(byte[] field) {
        return pack.find(field, 2);
    }

    @Override
    public int first() {
        return pack.atEnd(pack.first()) ? -1 : pack.first();
    }

    @Override
    public int next(int handle) {
        int next = pack.next(pack.next(handle));
        return pack.atEnd(next) ? -1 : next;
    }

    @Override
    public IntUnaryOperator byIndex() {
        int[] positions = new int[size()];
        int i = 0;
        for (int h = first(); h >= 0; h = next(h)) {
            positions[i++] = h;
        }
        return index -> positions[index];
    }

    @Override
    public byte[] field(int handle) {
        return pack.get(handle);
    }

    @Override
    public byte[] value(int handle) {
        return pack.get(pack.next(handle));
    }

    @Override
    public int valueLength(int handle) {
        return pack.length(pack.next(handle));
    }

    @Override
    public void replyField(Reply reply, int handle) {
        reply(reply, handle);
    }

    @Override
    public void replyValue(Reply reply, int handle) {
        reply(reply, pack.next(handle));
    }

    private void reply(Reply reply, int position) {
        reply.bulk(pack.buffer(), pack.dataStart(position), pack.length(position));
    }

    @Override
    public void setValue(int handle, byte[] value) {
        pack.replace(pack.next(handle), value);
    }

    @Override
    public void add(byte[] field, byte[] value) {
        pack.append(field);
        pack.append(value);
    }

    @Override
    public void remove(int handle) {
        pack.remove(handle, 2);
    }

    @Override
    public long scan(long cursor, IntConsumer visitor) {
        for (int h = first(); h >= 0; h = next(h)) {
            visitor.accept(h);
        }
        return 0;
    }

    @Override
    public String encoding() {
        return "listpack";
    }

    @Override
    public HashFields copy() {
        return new PackedFields(pack.copy());
    }
}
