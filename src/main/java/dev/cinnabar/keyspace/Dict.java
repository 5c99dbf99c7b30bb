package dev.cinnabar.keyspace;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A chained hash table of {@link Entry}s, written out rather than taken from {@code java.util} for two
 * reasons: an entry holds the raw key bytes, value and deadline with no wrapper objects, and the bucket
 * array is visible, so SCAN can walk it with Redis's reverse-binary cursor. That cursor returns every
 * key present for the whole scan even when the table grows or shrinks between calls.
 */
final class Dict {

    /** Redis's initial table size: small databases then have the same number of buckets for SCAN to walk. */
    private static final int MIN_CAPACITY = 4;

    private Entry[] table = new Entry[MIN_CAPACITY];
    private int size;

    int size() {
        return size;
    }

    Entry find(byte[] key) {
        int hash = Hashing.hash(key);
        for (Entry e = table[hash & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == hash && Arrays.equals(e.key, key)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Reads what {@link #find} will read for these keys (their buckets, the first entry of each, and that
     * entry's key and value) and returns a meaningless sum of it. Each step reads for every key before the
     * next step starts, so the loads of one step do not wait on each other and the processor overlaps
     * their cache misses, instead of taking them one after another as lookups one command at a time do.
     */
    int touch(byte[][] keys, int count) {
        Entry[] slots = table;
        Entry[] heads = new Entry[count];
        for (int i = 0; i < count; i++) {
            heads[i] = slots[Hashing.hash(keys[i]) & (slots.length - 1)];
        }
        int sum = 0;
        for (Entry e : heads) {
            if (e != null) {
                sum += e.hash;
            }
        }
        for (Entry e : heads) {
            if (e != null) {
                sum += e.key.length + (e.value instanceof byte[] bytes ? bytes.length : 1);
            }
        }
        return sum;
    }

    /** Adds a key known to be absent. */
    Entry insert(byte[] key, Object value) {
        Entry e = new Entry(key, Hashing.hash(key), value);
        if (size >= table.length) {
            resize(table.length * 2);
        }
        int slot = e.hash & (table.length - 1);
        e.next = table[slot];
        table[slot] = e;
        size++;
        return e;
    }

    /** Unlinks this very entry; returns false if it is no longer in the table. */
    boolean remove(Entry target) {
        int slot = target.hash & (table.length - 1);
        Entry prev = null;
        for (Entry e = table[slot]; e != null; prev = e, e = e.next) {
            if (e == target) {
                if (prev == null) {
                    table[slot] = e.next;
                } else {
                    prev.next = e.next;
                }
                e.next = null;
                size--;
                return true;
            }
        }
        return false;
    }

    /**
     * Shrinks a table that deletions left under 10% full. Deletions never shrink the table themselves:
     * as in Redis, resizing happens from a periodic job, so a SCAN that deletes expired keys as it goes
     * does not reshape the table under its own cursor. Returns true if it shrank.
     */
    boolean shrinkIfSparse() {
        if (table.length > MIN_CAPACITY && size < table.length / 10) {
            resize(Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, size)) * 2));
            return true;
        }
        return false;
    }

    void clear() {
        table = new Entry[MIN_CAPACITY];
        size = 0;
    }

    private void resize(int capacity) {
        Entry[] old = table;
        Entry[] fresh = new Entry[capacity];
        for (Entry head : old) {
            for (Entry e = head; e != null; ) {
                Entry next = e.next;
                int slot = e.hash & (capacity - 1);
                e.next = fresh[slot];
                fresh[slot] = e;
                e = next;
            }
        }
        table = fresh;
    }

    /**
     * Visits one bucket and returns the next cursor (0 when done), as Redis's {@code dictScan}: the
     * cursor's bits are incremented from the top, so buckets already visited stay visited across resizes.
     */
    long scan(long cursor, Consumer<Entry> visitor) {
        int mask = table.length - 1;
        // Collect first: the visitor may delete expired entries from this very bucket.
        Entry[] bucket = bucketSnapshot((int) (cursor & mask));
        for (Entry e : bucket) {
            visitor.accept(e);
        }
        long v = cursor | ~(long) mask;
        v = Long.reverse(v);
        v++;
        v = Long.reverse(v);
        return v;
    }

    private Entry[] bucketSnapshot(int slot) {
        int count = 0;
        for (Entry e = table[slot]; e != null; e = e.next) {
            count++;
        }
        Entry[] copy = new Entry[count];
        int i = 0;
        for (Entry e = table[slot]; e != null; e = e.next) {
            copy[i++] = e;
        }
        return copy;
    }

    /** A uniformly chosen bucket's random entry, as Redis picks a random key; null when empty. */
    Entry random(java.util.random.RandomGenerator random) {
        if (size == 0) {
            return null;
        }
        Entry head;
        do {
            head = table[random.nextInt(table.length)];
        } while (head == null);
        int length = 0;
        for (Entry e = head; e != null; e = e.next) {
            length++;
        }
        Entry e = head;
        for (int skip = random.nextInt(length); skip > 0; skip--) {
            e = e.next;
        }
        return e;
    }

    /** Every entry, in a snapshot so the caller may delete while walking. */
    Entry[] entries() {
        Entry[] all = new Entry[size];
        int i = 0;
        for (Entry head : table) {
            for (Entry e = head; e != null; e = e.next) {
                all[i++] = e;
            }
        }
        return all;
    }
}
