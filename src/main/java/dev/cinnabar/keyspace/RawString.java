package dev.cinnabar.keyspace;

import java.util.Arrays;

/**
 * A string value that commands grow in place (APPEND, SETRANGE), with spare capacity so that repeated
 * appends cost amortized constant time, as Redis's sds strings do. Plain SET values are stored as
 * bare {@code byte[]} instead; OBJECT ENCODING reports this one as {@code raw}.
 */
public final class RawString {

    /** The longest string a Java array can hold. */
    public static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private byte[] buf;
    private int length;

    public RawString(byte[] initial, int capacity) {
        this.buf = Arrays.copyOf(initial, Math.max(capacity, initial.length));
        this.length = initial.length;
    }

    public byte[] buffer() {
        return buf;
    }

    public int length() {
        return length;
    }

    public byte[] toBytes() {
        return Arrays.copyOf(buf, length);
    }

    public void append(byte[] tail) {
        ensure(length + tail.length);
        System.arraycopy(tail, 0, buf, length, tail.length);
        length += tail.length;
    }

    /** Writes {@code data} at {@code offset}, zero-padding any gap, as SETRANGE. */
    public void writeAt(int offset, byte[] data) {
        int end = offset + data.length;
        ensure(end);
        System.arraycopy(data, 0, buf, offset, data.length);
        length = Math.max(length, end);
    }

    private void ensure(int needed) {
        if (needed > buf.length) {
            // Below 1 MB double, above grow by 1 MB: the policy of Redis's sdsMakeRoomFor.
            int capacity = needed < 1024 * 1024 ? needed * 2 : (int) Math.min((long) needed + 1024 * 1024, MAX_LENGTH);
            buf = Arrays.copyOf(buf, capacity);
        }
    }
}
