package dev.cinnabar.keyspace;

import java.util.Arrays;

/**
 * A sequence of byte strings packed into one array, after Redis's listpack: each entry is its length as
 * a varint (7 bits per byte, low bits first) followed by its bytes. A small collection then costs one
 * object and one or two bytes per element beyond the data, instead of an object per element.
 * Operations are linear, which is why collections switch to a table once they pass a size threshold.
 *
 * <p>Entries are addressed by position: the offset at which an entry starts. {@link #first()} is the
 * first entry's position, {@link #next} steps forward, and {@link #atEnd} tells when the walk is done.
 * A position stays valid until the pack is changed.
 */
public final class Listpack {

    private static final byte[] EMPTY = new byte[0];

    private byte[] buf;
    private int used;
    private int count;

    public Listpack() {
        this.buf = EMPTY;
    }

    private Listpack(byte[] buf, int used, int count) {
        this.buf = buf;
        this.used = used;
        this.count = count;
    }

    public Listpack copy() {
        return new Listpack(Arrays.copyOf(buf, used), used, count);
    }

    /** How many entries it holds. */
    public int size() {
        return count;
    }

    /** How many bytes the entries take, headers included. */
    public int usedBytes() {
        return used;
    }

    public int first() {
        return 0;
    }

    public boolean atEnd(int pos) {
        return pos >= used;
    }

    public int next(int pos) {
        return dataStart(pos) + length(pos);
    }

    /** The position of the entry with that index, counting from 0; linear. */
    public int positionOf(int index) {
        int pos = 0;
        for (int i = 0; i < index; i++) {
            pos = next(pos);
        }
        return pos;
    }

    /** The length of the entry's data. */
    public int length(int pos) {
        return readLength(buf, pos);
    }

    /** Decodes a length header (a varint, low seven bits first) starting at {@code pos} of {@code bytes}. */
    public static int readLength(byte[] bytes, int pos) {
        int value = 0;
        int shift = 0;
        byte b;
        do {
            b = bytes[pos++];
            value |= (b & 0x7f) << shift;
            shift += 7;
        } while (b < 0);
        return value;
    }

    /** Where the entry's data begins in {@link #buffer()}. */
    public int dataStart(int pos) {
        while (buf[pos] < 0) {
            pos++;
        }
        return pos + 1;
    }

    /** The backing array, for replying with an entry without copying it; valid until the next change. */
    public byte[] buffer() {
        return buf;
    }

    public byte[] get(int pos) {
        int start = dataStart(pos);
        return Arrays.copyOfRange(buf, start, start + length(pos));
    }

    public boolean equalsAt(int pos, byte[] s) {
        int start = dataStart(pos);
        return length(pos) == s.length && Arrays.equals(buf, start, start + s.length, s, 0, s.length);
    }

    /** Compares the entry with {@code s} as unsigned bytes, as Redis's memcmp ordering of members. */
    public int compareAt(int pos, byte[] s) {
        int start = dataStart(pos);
        return Arrays.compareUnsigned(buf, start, start + length(pos), s, 0, s.length);
    }

    /**
     * The position of the first entry equal to {@code s} among entries 0, stride, 2 * stride, ...
     * (a stride of 2 searches only the fields of field-value pairs), or -1.
     */
    public int find(byte[] s, int stride) {
        int pos = 0;
        while (pos < used) {
            if (equalsAt(pos, s)) {
                return pos;
            }
            for (int i = 0; i < stride; i++) {
                pos = next(pos);
            }
        }
        return -1;
    }

    public void append(byte[] s) {
        insert(used, s);
    }

    /** Inserts {@code s} before the entry at {@code pos}; at the end position, appends. */
    public void insert(int pos, byte[] s) {
        int header = headerSize(s.length);
        int size = header + s.length;
        ensure(used + size);
        System.arraycopy(buf, pos, buf, pos + size, used - pos);
        writeHeader(pos, s.length);
        System.arraycopy(s, 0, buf, pos + header, s.length);
        used += size;
        count++;
    }

    /** Removes {@code entries} consecutive entries starting at {@code pos}. */
    public void remove(int pos, int entries) {
        int end = pos;
        for (int i = 0; i < entries; i++) {
            end = next(end);
        }
        System.arraycopy(buf, end, buf, pos, used - end);
        used -= end - pos;
        count -= entries;
        if (used < buf.length / 4) {
            buf = Arrays.copyOf(buf, used * 2);
        }
    }

    /** Replaces the entry at {@code pos} with {@code s}. */
    public void replace(int pos, byte[] s) {
        int oldSize = next(pos) - pos;
        int header = headerSize(s.length);
        int newSize = header + s.length;
        ensure(used - oldSize + newSize);
        System.arraycopy(buf, pos + oldSize, buf, pos + newSize, used - pos - oldSize);
        writeHeader(pos, s.length);
        System.arraycopy(s, 0, buf, pos + header, s.length);
        used += newSize - oldSize;
    }

    private void ensure(int needed) {
        if (needed > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(needed, Math.min(buf.length * 2, needed + 4096)));
        }
    }

    /** How many bytes the length header of an entry of {@code length} bytes takes. */
    public static int headerSize(int length) {
        int size = 1;
        while (length >= 0x80) {
            length >>>= 7;
            size++;
        }
        return size;
    }

    private void writeHeader(int pos, int length) {
        while (length >= 0x80) {
            buf[pos++] = (byte) (length | 0x80);
            length >>>= 7;
        }
        buf[pos] = (byte) length;
    }
}
