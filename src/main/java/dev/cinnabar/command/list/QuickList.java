package dev.cinnabar.command.list;

import dev.cinnabar.keyspace.Listpack;
import dev.cinnabar.keyspace.TypedValue;

import java.util.Arrays;

/**
 * A list value, laid out as Redis's quicklist: a doubly linked chain of {@link PackedNode}s, each a
 * packed run of elements bounded by the list's fill (list-max-listpack-size when the list was made, as
 * Redis fixes it at creation). Pushing and popping at either end touch one node, reaching an index walks
 * the nodes from the nearer end, and an element costs its bytes plus a byte or two of headers, with no
 * object of its own.
 *
 * <p>Elements are visited through a {@link Cursor}.
 */
public final class QuickList implements TypedValue {

    /** Redis clamps the fill to what a quicklist node can record. */
    private static final int MAX_FILL = 32767;
    private static final int MIN_FILL = -5;

    private final int fill;
    private PackedNode first;
    private PackedNode last;
    private long size;

    public QuickList(int fill) {
        this.fill = Math.max(MIN_FILL, Math.min(MAX_FILL, fill));
    }

    @Override
    public String typeName() {
        return "list";
    }

    /** Redis 7.0 reports quicklist for every list, however short. */
    @Override
    public String encoding() {
        return "quicklist";
    }

    @Override
    public QuickList copy() {
        QuickList copy = new QuickList(fill);
        for (PackedNode node = first; node != null; node = node.next) {
            copy.linkAfter(node.copy(), copy.last);
        }
        copy.size = size;
        return copy;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean wakesBlockedClients() {
        return true;
    }

    public long size() {
        return size;
    }

    /** The first node, for tests that check the layout. */
    PackedNode firstNode() {
        return first;
    }

    public void pushFirst(byte[] value) {
        if (first != null && first.accepts(PackedNode.entrySize(value.length), fill)) {
            first.addFirst(value);
        } else {
            if (first != null) {
                first.seal();
            }
            linkBefore(new PackedNode(value), first);
        }
        size++;
    }

    public void pushLast(byte[] value) {
        if (last != null && last.accepts(PackedNode.entrySize(value.length), fill)) {
            last.addLast(value);
        } else {
            if (last != null) {
                last.seal();
            }
            linkAfter(new PackedNode(value), last);
        }
        size++;
    }

    /** Removes and returns the first element; the list must not be empty. */
    public byte[] popFirst() {
        byte[] value = first.get(first.head);
        removeFirst(1);
        return value;
    }

    /** Removes and returns the last element; the list must not be empty. */
    public byte[] popLast() {
        byte[] value = last.get(last.previous(last.tail));
        removeLast(1);
        return value;
    }

    /** Removes the first {@code n} elements, at most {@link #size}, dropping whole nodes where it can. */
    public void removeFirst(long n) {
        size -= n;
        while (n > 0) {
            PackedNode node = first;
            if (n >= node.count) {
                n -= node.count;
                unlink(node);
            } else {
                node.deleteFirst((int) n);
                n = 0;
            }
        }
    }

    /** Removes the last {@code n} elements, at most {@link #size}. */
    public void removeLast(long n) {
        size -= n;
        while (n > 0) {
            PackedNode node = last;
            if (n >= node.count) {
                n -= node.count;
                unlink(node);
            } else {
                node.deleteLast((int) n);
                n = 0;
            }
        }
    }

    /** A cursor on the first element, invalid if the list is empty. */
    public Cursor first() {
        return first == null ? new Cursor(null, 0) : new Cursor(first, first.head);
    }

    /** A cursor on the last element, invalid if the list is empty. */
    public Cursor last() {
        return last == null ? new Cursor(null, 0) : new Cursor(last, last.previous(last.tail));
    }

    /** A cursor on the element at {@code index}, in [0, size), reached from the nearer end. */
    public Cursor at(long index) {
        PackedNode node;
        long inNode;
        if (index < size / 2) {
            node = first;
            inNode = index;
            while (inNode >= node.count) {
                inNode -= node.count;
                node = node.next;
            }
        } else {
            node = last;
            long fromEnd = size - 1 - index;
            while (fromEnd >= node.count) {
                fromEnd -= node.count;
                node = node.prev;
            }
            inNode = node.count - 1 - fromEnd;
        }
        return new Cursor(node, node.positionOf((int) inNode));
    }

    /**
     * Puts {@code value} before the element at {@code pos} of {@code node} ({@code node.tail}: after its
     * last). A full node passes the element to a neighbour with room at that end, or splits there.
     */
    private void insert(PackedNode node, int pos, byte[] value) {
        int bytes = PackedNode.entrySize(value.length);
        size++;
        if (node.accepts(bytes, fill)) {
            node.insert(pos, value);
        } else if (pos == node.head) {
            if (node.prev != null && node.prev.accepts(bytes, fill)) {
                node.prev.addLast(value);
            } else {
                linkBefore(new PackedNode(value), node);
            }
        } else if (pos == node.tail) {
            if (node.next != null && node.next.accepts(bytes, fill)) {
                node.next.addFirst(value);
            } else {
                linkAfter(new PackedNode(value), node);
            }
        } else {
            PackedNode right = node.split(pos);
            linkAfter(right, node);
            if (node.accepts(bytes, fill)) {
                node.addLast(value);
            } else if (right.accepts(bytes, fill)) {
                right.addFirst(value);
            } else {
                linkAfter(new PackedNode(value), node);
            }
            mergeIfFits(node.prev, node);
            mergeIfFits(right, right.next);
        }
    }

    /** Folds {@code right} into {@code left} when together they fit one node, so splits do not leave crumbs. */
    private void mergeIfFits(PackedNode left, PackedNode right) {
        if (left != null && right != null && left.canAbsorb(right, fill)) {
            left.absorb(right);
            unlink(right);
        }
    }

    private void linkBefore(PackedNode node, PackedNode before) {
        if (before == null) {
            linkAfter(node, last);
            return;
        }
        node.next = before;
        node.prev = before.prev;
        if (before.prev == null) {
            first = node;
        } else {
            before.prev.next = node;
        }
        before.prev = node;
    }

    private void linkAfter(PackedNode node, PackedNode after) {
        if (after == null) {
            node.next = first;
            if (first == null) {
                last = node;
            } else {
                first.prev = node;
            }
            first = node;
            return;
        }
        node.prev = after;
        node.next = after.next;
        if (after.next == null) {
            last = node;
        } else {
            after.next.prev = node;
        }
        after.next = node;
    }

    private void unlink(PackedNode node) {
        if (node.prev == null) {
            first = node.next;
        } else {
            node.prev.next = node.next;
        }
        if (node.next == null) {
            last = node.prev;
        } else {
            node.next.prev = node.prev;
        }
        node.prev = null;
        node.next = null;
    }

    /**
     * A place in the list, on one element or past either end ({@link #valid} false). Reading it gives
     * the node's array with the element's offset and length, so replies copy the bytes only once.
     * Changing the list other than through this cursor leaves it undefined.
     */
    public final class Cursor {
        private PackedNode node;
        private int pos;
        /** Where the element's data starts, and its length: decoded once per element visited. */
        private int data;
        private int length;

        private Cursor(PackedNode node, int pos) {
            enter(node, pos);
        }

        private void enter(PackedNode at, int position) {
            node = at;
            pos = position;
            if (at != null) {
                length = at.length(position);
                data = position + Listpack.headerSize(length);
            }
        }

        public boolean valid() {
            return node != null;
        }

        /** The array holding the element; valid until the list changes. */
        public byte[] buffer() {
            return node.buf;
        }

        public int offset() {
            return data;
        }

        public int length() {
            return length;
        }

        public byte[] value() {
            return Arrays.copyOfRange(node.buf, data, data + length);
        }

        public boolean matches(byte[] value) {
            return length == value.length && Arrays.equals(node.buf, data, data + length, value, 0, length);
        }

        /** Moves one element towards the tail, or towards the head. */
        public void move(boolean towardsTail) {
            if (towardsTail) {
                // The trailing header is as long as the leading one.
                int next = data + length + (data - pos);
                if (next == node.tail) {
                    enterEnd(node.next, true);
                } else {
                    enter(node, next);
                }
            } else if (pos == node.head) {
                enterEnd(node.prev, false);
            } else {
                enter(node, node.previous(pos));
            }
        }

        /** Steps onto {@code next}'s first element (or its last, moving towards the head). */
        private void enterEnd(PackedNode next, boolean towardsTail) {
            if (next == null) {
                node = null;
            } else {
                enter(next, towardsTail ? next.head : next.previous(next.tail));
            }
        }

        /** Removes the element and moves to the one that followed it in the given direction. */
        public void remove(boolean towardsTail) {
            PackedNode at = node;
            int following = at.delete(pos);
            size--;
            if (at.count == 0) {
                enterEnd(towardsTail ? at.next : at.prev, towardsTail);
                unlink(at);
            } else if (towardsTail) {
                if (following < at.tail) {
                    enter(at, following);
                } else {
                    enterEnd(at.next, true);
                }
            } else if (following > at.head) {
                enter(at, at.previous(following));
            } else {
                enterEnd(at.prev, false);
            }
        }

        /** Inserts {@code value} before or after the element; the cursor is spent afterwards. */
        public void insert(byte[] value, boolean after) {
            QuickList.this.insert(node, after ? data + length + (data - pos) : pos, value);
            node = null;
        }

        /** Replaces the element with {@code value}; the cursor is spent afterwards. */
        public void replace(byte[] value) {
            int change = PackedNode.entrySize(value.length) - PackedNode.entrySize(length);
            if (node.count == 1 || PackedNode.withinLimit(node.used() + change, fill)) {
                node.replace(pos, value);
            } else {
                int following = node.delete(pos);
                size--;
                QuickList.this.insert(node, following, value);
            }
            node = null;
        }
    }
}
