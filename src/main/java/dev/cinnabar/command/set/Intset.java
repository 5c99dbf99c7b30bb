package dev.cinnabar.command.set;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Redis's intset: distinct integers sorted ascending, packed little-endian in one {@code byte[]} at the
 * narrowest width (2, 4 or 8 bytes) that holds every one of them. The first byte is the width; the values
 * follow. A set of small numbers thus costs two bytes a member and a single object.
 *
 * <p>Like Redis's, the blob is never changed in place: adding or removing returns a new array (exactly
 * sized, so no capacity is wasted) and the old one stays valid, which lets a copy share it. A value that
 * needs a wider width upgrades every member; removing never narrows it again.
 */
final class Intset {

    /** The empty intset, at the narrowest width. */
    static final byte[] EMPTY = {Short.BYTES};

    private static final VarHandle SHORTS = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int HEADER = 1;

    private Intset() {
    }

    static int size(byte[] set) {
        return (set.length - HEADER) / set[0];
    }

    static long get(byte[] set, int index) {
        return read(set, set[0], index);
    }

    static boolean contains(byte[] set, long value) {
        return value >= min(set[0]) && value <= max(set[0]) && search(set, value) >= 0;
    }

    /** The intset with {@code value} added, or {@code set} itself when it already holds it. */
    static byte[] add(byte[] set, long value) {
        int width = set[0];
        int size = size(set);
        int needed = widthOf(value);
        if (needed > width) {
            // A value too wide for the current width is beyond every member: it goes first or last.
            byte[] wider = allocate(needed, size + 1);
            int shift = value < 0 ? 1 : 0;
            for (int i = 0; i < size; i++) {
                write(wider, needed, i + shift, read(set, width, i));
            }
            write(wider, needed, value < 0 ? 0 : size, value);
            return wider;
        }
        int at = search(set, value);
        if (at >= 0) {
            return set;
        }
        at = -at - 1;
        byte[] grown = allocate(width, size + 1);
        System.arraycopy(set, HEADER, grown, HEADER, at * width);
        System.arraycopy(set, HEADER + at * width, grown, HEADER + (at + 1) * width, (size - at) * width);
        write(grown, width, at, value);
        return grown;
    }

    /** The intset without {@code value}, or {@code set} itself when it does not hold it. */
    static byte[] remove(byte[] set, long value) {
        if (value < min(set[0]) || value > max(set[0])) {
            return set;
        }
        int at = search(set, value);
        return at < 0 ? set : removeAt(set, at);
    }

    static byte[] removeAt(byte[] set, int index) {
        int width = set[0];
        int size = size(set);
        byte[] shrunk = allocate(width, size - 1);
        System.arraycopy(set, HEADER, shrunk, HEADER, index * width);
        System.arraycopy(set, HEADER + (index + 1) * width, shrunk, HEADER + index * width, (size - index - 1) * width);
        return shrunk;
    }

    /** The index of {@code value}, or {@code -(insertion point) - 1} when absent. */
    private static int search(byte[] set, long value) {
        int width = set[0];
        int low = 0;
        int high = size(set) - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long at = read(set, width, mid);
            if (at < value) {
                low = mid + 1;
            } else if (at > value) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -low - 1;
    }

    private static int widthOf(long value) {
        if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            return Short.BYTES;
        }
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? Integer.BYTES : Long.BYTES;
    }

    private static long min(int width) {
        return width == Short.BYTES ? Short.MIN_VALUE : width == Integer.BYTES ? Integer.MIN_VALUE : Long.MIN_VALUE;
    }

    private static long max(int width) {
        return width == Short.BYTES ? Short.MAX_VALUE : width == Integer.BYTES ? Integer.MAX_VALUE : Long.MAX_VALUE;
    }

    private static byte[] allocate(int width, int size) {
        byte[] set = new byte[HEADER + size * width];
        set[0] = (byte) width;
        return set;
    }

    private static long read(byte[] set, int width, int index) {
        int offset = HEADER + index * width;
        return switch (width) {
            case Short.BYTES -> (short) SHORTS.get(set, offset);
            case Integer.BYTES -> (int) INTS.get(set, offset);
            default -> (long) LONGS.get(set, offset);
        };
    }

    private static void write(byte[] set, int width, int index, long value) {
        int offset = HEADER + index * width;
        switch (width) {
            case Short.BYTES -> SHORTS.set(set, offset, (short) value);
            case Integer.BYTES -> INTS.set(set, offset, (int) value);
            default -> LONGS.set(set, offset, value);
        }
    }
}
