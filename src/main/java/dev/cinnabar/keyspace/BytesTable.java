package dev.cinnabar.keyspace;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;

/**
 * A hash table of byte-string keys for the large encodings of hashes, sets and sorted sets. Entries live
 * densely in parallel arrays indexed by slot (0 to size - 1); buckets chain slots through an int array
 * that holds each slot's hash and chain link side by side, so walking a chain touches one cache line per
 * step before any key is compared.
 * Per element that costs a key reference and three ints rather than a node object, a random element is
 * one array index away, and the bucket array can still be walked with Redis's reverse-binary SCAN cursor.
 * Subclasses keep the values, if any, in their own arrays indexed by the same slots.
 *
 * <p>Removing moves the last entry into the freed slot, so slot numbers change on removal: a caller that
 * removes while walking slots must walk from the end.
 */
public abstract class BytesTable {

    private static final int MIN_BUCKETS = 4;
    private static final int NONE = -1;

    private byte[][] keys;
    /** Slot s's hash at 2s, the next slot of its chain (or -1) at 2s + 1. */
    private int[] links;
    private int[] buckets;
    private int size;

    protected BytesTable(int expected) {
        int capacity = Math.max(MIN_BUCKETS, expected);
        keys = new byte[capacity][];
        links = new int[2 * capacity];
        buckets = emptyBuckets(bucketsFor(capacity));
    }

    /** Copies another table's keys and chains; the subclass copies its values. */
    protected BytesTable(BytesTable other) {
        keys = Arrays.copyOf(other.keys, other.keys.length);
        links = other.links.clone();
        buckets = other.buckets.clone();
        size = other.size;
    }

    public final int size() {
        return size;
    }

    /** How many slots the arrays hold now; a subclass sizes its value arrays to match. */
    protected final int capacity() {
        return keys.length;
    }

    /** The key in {@code slot}, shared, not copied. */
    public final byte[] key(int slot) {
        return keys[slot];
    }

    /** The slot holding {@code key}, or -1. */
    public final int find(byte[] key) {
        int hash = Hashing.hash(key);
        for (int s = buckets[hash & (buckets.length - 1)]; s != NONE; s = links[2 * s + 1]) {
            if (links[2 * s] == hash && Arrays.equals(keys[s], key)) {
                return s;
            }
        }
        return NONE;
    }

    /** Adds a key known to be absent and returns its slot, where the subclass then stores its value. */
    protected final int add(byte[] key) {
        return add(key, Hashing.hash(key));
    }

    /** Adds {@code key} unless present, hashing it once: its new slot, or -1 minus the slot it already has. */
    protected final int addIfAbsent(byte[] key) {
        int hash = Hashing.hash(key);
        for (int s = buckets[hash & (buckets.length - 1)]; s != NONE; s = links[2 * s + 1]) {
            if (links[2 * s] == hash && Arrays.equals(keys[s], key)) {
                return -1 - s;
            }
        }
        return add(key, hash);
    }

    private int add(byte[] key, int hash) {
        if (size == keys.length) {
            int capacity = keys.length + (keys.length >> 1);
            keys = Arrays.copyOf(keys, capacity);
            links = Arrays.copyOf(links, 2 * capacity);
            resizeValues(capacity);
        }
        if (size >= buckets.length) {
            rehash(buckets.length * 2);
        }
        int slot = size++;
        keys[slot] = key;
        links[2 * slot] = hash;
        int b = hash & (buckets.length - 1);
        links[2 * slot + 1] = buckets[b];
        buckets[b] = slot;
        return slot;
    }

    /** Removes the entry in {@code slot}; the last entry moves into it. */
    public final void removeAt(int slot) {
        unlink(slot);
        int last = --size;
        if (slot != last) {
            relink(last, slot);
            keys[slot] = keys[last];
            links[2 * slot] = links[2 * last];
            links[2 * slot + 1] = links[2 * last + 1];
            moveValue(last, slot);
        }
        keys[last] = null;
        clearValue(last);
        if (buckets.length > MIN_BUCKETS && size < buckets.length / 10) {
            rehash(bucketsFor(size));
        }
        if (keys.length > MIN_BUCKETS && size < keys.length / 4) {
            int capacity = Math.max(MIN_BUCKETS, keys.length / 2);
            keys = Arrays.copyOf(keys, capacity);
            links = Arrays.copyOf(links, 2 * capacity);
            resizeValues(capacity);
        }
    }

    /** A uniformly chosen slot; the table must not be empty. */
    public final int randomSlot(RandomGenerator random) {
        return random.nextInt(size);
    }

    /**
     * Visits the slots of one bucket and returns the next cursor (0 when done), as Redis's
     * {@code dictScan}: the cursor counts from the top bit down, so buckets already visited stay visited
     * when the table grows or shrinks between calls. The visitor must not change the table.
     */
    public final long scan(long cursor, IntConsumer visitor) {
        int mask = buckets.length - 1;
        for (int s = buckets[(int) (cursor & mask)]; s != NONE; s = links[2 * s + 1]) {
            visitor.accept(s);
        }
        long v = cursor | ~(long) mask;
        v = Long.reverse(v);
        v++;
        return Long.reverse(v);
    }

    /** The value arrays must now hold {@code capacity} slots. */
    protected abstract void resizeValues(int capacity);

    /** The entry in slot {@code from} moved to slot {@code to}. */
    protected abstract void moveValue(int from, int to);

    /** Slot {@code slot} is no longer used; drop any reference it holds. */
    protected abstract void clearValue(int slot);

    private void unlink(int slot) {
        int b = links[2 * slot] & (buckets.length - 1);
        if (buckets[b] == slot) {
            buckets[b] = links[2 * slot + 1];
            return;
        }
        int s = buckets[b];
        while (links[2 * s + 1] != slot) {
            s = links[2 * s + 1];
        }
        links[2 * s + 1] = links[2 * slot + 1];
    }

    /** Points whatever referred to slot {@code from} at slot {@code to} instead. */
    private void relink(int from, int to) {
        int b = links[2 * from] & (buckets.length - 1);
        if (buckets[b] == from) {
            buckets[b] = to;
            return;
        }
        int s = buckets[b];
        while (links[2 * s + 1] != from) {
            s = links[2 * s + 1];
        }
        links[2 * s + 1] = to;
    }

    private void rehash(int bucketCount) {
        buckets = emptyBuckets(bucketCount);
        int mask = bucketCount - 1;
        for (int s = 0; s < size; s++) {
            int b = links[2 * s] & mask;
            links[2 * s + 1] = buckets[b];
            buckets[b] = s;
        }
    }

    /** The smallest power of two, at least {@link #MIN_BUCKETS}, that holds {@code n} at one entry per bucket. */
    private static int bucketsFor(int n) {
        return Math.max(MIN_BUCKETS, Integer.highestOneBit(Math.max(1, n - 1)) << 1);
    }

    private static int[] emptyBuckets(int n) {
        int[] b = new int[n];
        Arrays.fill(b, NONE);
        return b;
    }
}
