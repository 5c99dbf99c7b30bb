package dev.cinnabar.command.list;

import dev.cinnabar.keyspace.Listpack;

import java.util.Arrays;

/**
 * One node of a {@link QuickList}: a run of elements packed into one array, as a Redis quicklist node
 * holds a listpack. The elements live in {@code buf[head, tail)}; each is its length as a varint (low
 * seven bits first, as in {@link Listpack}), its bytes, and the length again as a varint written back to front, so the node
 * can be walked from either end. Free room may lie on both sides of the data, so pushing and popping
 * at either end of the node costs no copying until the array must grow.
 *
 * <p>Elements are addressed by position: the offset at which an element's header starts. A position
 * stays valid until the node changes.
 */
final class PackedNode {

    /** Largest node, in bytes, for a list whose fill counts elements (Redis's SIZE_SAFETY_LIMIT). */
    static final int SIZE_SAFETY_LIMIT = 8192;

    private static final int MIN_SHRINK_CAPACITY = 64;

    byte[] buf;
    int head;
    int tail;
    int count;
    PackedNode prev;
    PackedNode next;

    /** A node holding just {@code value}, in an array of exactly its size. */
    PackedNode(byte[] value) {
        buf = new byte[entrySize(value.length)];
        write(0, value);
        tail = buf.length;
        count = 1;
    }

    private PackedNode(byte[] buf, int count) {
        this.buf = buf;
        this.tail = buf.length;
        this.count = count;
    }

    PackedNode copy() {
        return new PackedNode(Arrays.copyOfRange(buf, head, tail), count);
    }

    /** The bytes an element of {@code length} bytes takes, its two headers included. */
    static int entrySize(int length) {
        return length + 2 * Listpack.headerSize(length);
    }

    /** Bytes the elements take. */
    int used() {
        return tail - head;
    }

    /**
     * Whether one more element of {@code bytes} (headers included) may join this node under the list's
     * fill: negative, a byte budget of 4 KB to 64 KB; positive, at most that many elements and the safety
     * limit in bytes. An empty node takes anything, so a huge element gets a node of its own.
     */
    boolean accepts(int bytes, int fill) {
        return count == 0 || (fill < 0 || count < fill) && withinLimit(used() + bytes, fill);
    }

    /** Whether all of {@code other}'s elements would fit beside this node's under the fill. */
    boolean canAbsorb(PackedNode other, int fill) {
        return (fill < 0 || count + other.count <= fill) && withinLimit(used() + other.used(), fill);
    }

    /** Whether a node of {@code bytes} respects the fill's byte bound. */
    static boolean withinLimit(int bytes, int fill) {
        return bytes <= (fill < 0 ? 4096 << (-fill - 1) : SIZE_SAFETY_LIMIT);
    }

    /** The data length of the element at {@code pos}. */
    int length(int pos) {
        return Listpack.readLength(buf, pos);
    }

    /** The position of the element after the one at {@code pos} ({@link #tail} after the last). */
    int next(int pos) {
        return pos + entrySize(length(pos));
    }

    /** The position of the element that ends where {@code end} is, read through its trailing header. */
    int previous(int end) {
        int value = 0;
        int shift = 0;
        int at = end;
        byte b;
        do {
            b = buf[--at];
            value |= (b & 0x7f) << shift;
            shift += 7;
        } while (b < 0);
        return end - entrySize(value);
    }

    /** The position of the element with that index in the node, walking from the nearer end. */
    int positionOf(int index) {
        if (index < count / 2) {
            int pos = head;
            for (int i = 0; i < index; i++) {
                pos = next(pos);
            }
            return pos;
        }
        int pos = tail;
        for (int i = count; i > index; i--) {
            pos = previous(pos);
        }
        return pos;
    }

    byte[] get(int pos) {
        int length = length(pos);
        int start = pos + Listpack.headerSize(length);
        return Arrays.copyOfRange(buf, start, start + length);
    }

    void addFirst(byte[] value) {
        int size = entrySize(value.length);
        if (head < size) {
            makeRoomAtHead(size);
        }
        head -= size;
        write(head, value);
        count++;
    }

    void addLast(byte[] value) {
        int size = entrySize(value.length);
        if (buf.length - tail < size) {
            makeRoomAtTail(size);
        }
        write(tail, value);
        tail += size;
        count++;
    }

    /** Inserts {@code value} before the element at {@code pos}; at {@link #tail}, appends. */
    void insert(int pos, byte[] value) {
        if (pos == head) {
            addFirst(value);
            return;
        }
        int size = entrySize(value.length);
        if (buf.length - tail < size) {
            int offset = makeRoomAtTail(size);
            pos += offset;
        }
        System.arraycopy(buf, pos, buf, pos + size, tail - pos);
        write(pos, value);
        tail += size;
        count++;
    }

    /** Replaces the element at {@code pos} with {@code value}. */
    void replace(int pos, byte[] value) {
        int oldSize = next(pos) - pos;
        int newSize = entrySize(value.length);
        if (newSize > oldSize && buf.length - tail < newSize - oldSize) {
            pos += makeRoomAtTail(newSize - oldSize);
        }
        System.arraycopy(buf, pos + oldSize, buf, pos + newSize, tail - pos - oldSize);
        tail += newSize - oldSize;
        write(pos, value);
    }

    /**
     * Removes the element at {@code pos} and returns where the element that followed it now starts
     * ({@link #tail} if it was the last); elements before it keep their positions.
     */
    int delete(int pos) {
        int end = next(pos);
        count--;
        if (pos == head) {
            head = end;
            return end;
        }
        System.arraycopy(buf, end, buf, pos, tail - end);
        tail -= end - pos;
        return pos;
    }

    /** Removes the first {@code n} elements, fewer than it holds. */
    void deleteFirst(int n) {
        int pos = head;
        for (int i = 0; i < n; i++) {
            pos = next(pos);
        }
        head = pos;
        count -= n;
        shrinkIfSparse();
    }

    /** Removes the last {@code n} elements, fewer than it holds. */
    void deleteLast(int n) {
        int pos = tail;
        for (int i = 0; i < n; i++) {
            pos = previous(pos);
        }
        tail = pos;
        count -= n;
        shrinkIfSparse();
    }

    /** Moves the elements from {@code pos} on into a new node, which it returns (unlinked). */
    PackedNode split(int pos) {
        int moved = 0;
        for (int at = pos; at < tail; at = next(at)) {
            moved++;
        }
        PackedNode right = new PackedNode(Arrays.copyOfRange(buf, pos, tail), moved);
        tail = pos;
        count -= moved;
        seal();
        return right;
    }

    /** Appends every element of {@code other}. */
    void absorb(PackedNode other) {
        int size = other.used();
        if (buf.length - tail < size) {
            makeRoomAtTail(size);
        }
        System.arraycopy(other.buf, other.head, buf, tail, size);
        tail += size;
        count += other.count;
    }

    /** Drops the free room around the data, once no more elements are expected at this node's ends. */
    void seal() {
        if (used() != buf.length) {
            buf = Arrays.copyOfRange(buf, head, tail);
            tail -= head;
            head = 0;
        }
    }

    /** Gives back the room deletions freed once the node uses under a quarter of its array. */
    void shrinkIfSparse() {
        int used = used();
        if (buf.length > MIN_SHRINK_CAPACITY && used < buf.length / 4) {
            byte[] smaller = new byte[used * 2];
            System.arraycopy(buf, head, smaller, 0, used);
            buf = smaller;
            head = 0;
            tail = used;
        }
    }

    /**
     * Ensures {@code size} free bytes before {@link #head}: slides the data to the back of the array when
     * at least half of it is free, else grows it, the new room going to the front.
     */
    private void makeRoomAtHead(int size) {
        int used = used();
        if (used + size <= buf.length / 2) {
            int newHead = buf.length - used;
            System.arraycopy(buf, head, buf, newHead, used);
            head = newHead;
            tail = buf.length;
            return;
        }
        byte[] grown = new byte[grownCapacity(used + size)];
        int newHead = grown.length - used;
        System.arraycopy(buf, head, grown, newHead, used);
        buf = grown;
        head = newHead;
        tail = grown.length;
    }

    /**
     * Ensures {@code size} free bytes after {@link #tail}, sliding the data to the front or growing the
     * array, and returns by how much positions moved.
     */
    private int makeRoomAtTail(int size) {
        int used = used();
        int oldHead = head;
        if (used + size <= buf.length / 2) {
            System.arraycopy(buf, head, buf, 0, used);
        } else {
            byte[] grown = new byte[grownCapacity(used + size)];
            System.arraycopy(buf, head, grown, 0, used);
            buf = grown;
        }
        head = 0;
        tail = used;
        return -oldHead;
    }

    private int grownCapacity(int needed) {
        return Math.max(needed, Math.min(buf.length * 2, needed + SIZE_SAFETY_LIMIT));
    }

    private void write(int pos, byte[] value) {
        int length = value.length;
        int at = pos;
        int rest = length;
        while (rest >= 0x80) {
            buf[at++] = (byte) (rest | 0x80);
            rest >>>= 7;
        }
        buf[at++] = (byte) rest;
        System.arraycopy(value, 0, buf, at, length);
        at += length;
        int header = at - pos - length;
        // The trailing copy is read backwards, so its low seven bits sit in its last byte.
        rest = length;
        for (int i = 1; i <= header; i++) {
            buf[at + header - i] = (byte) ((rest & 0x7f) | (i < header ? 0x80 : 0));
            rest >>>= 7;
        }
    }
}
