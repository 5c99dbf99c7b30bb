package dev.cinnabar.keyspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    /** Empty buckets one rehash step may pass over, as in Redis: a step's cost stays bounded. */
    private static final int EMPTY_VISITS_PER_STEP = 10;

    private Entry[] table = new Entry[MIN_CAPACITY];
    /**
     * While the table is being resized, the table its entries are moving to; null otherwise. Buckets of
     * {@code table} below {@code rehashIndex} have moved: a key lives in {@code newTable} exactly when its
     * bucket in {@code table} is one of those, so a lookup reads one table either way.
     */
    private Entry[] newTable;
    private int rehashIndex;
    private int size;
    /** The first entries of the buckets {@link #touch} reads, kept between calls (lookups run one at a time). */
    private Entry[] heads = new Entry[16];

    int size() {
        return size;
    }

    /** The table a key with this hash lives in. */
    private Entry[] home(int hash) {
        return newTable != null && (hash & (table.length - 1)) < rehashIndex ? newTable : table;
    }

    Entry find(byte[] key) {
        int hash = Hashing.hash(key);
        Entry[] slots = home(hash);
        for (Entry e = slots[hash & (slots.length - 1)]; e != null; e = e.next) {
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
        if (heads.length < count) {
            heads = new Entry[Math.max(count, heads.length * 2)];
        }
        for (int i = 0; i < count; i++) {
            int hash = Hashing.hash(keys[i]);
            Entry[] slots = home(hash);
            heads[i] = slots[hash & (slots.length - 1)];
        }
        int sum = 0;
        for (int i = 0; i < count; i++) {
            Entry e = heads[i];
            if (e != null) {
                sum += e.hash;
            }
        }
        for (int i = 0; i < count; i++) {
            Entry e = heads[i];
            if (e != null) {
                sum += e.key.length + (e.value instanceof byte[] bytes ? bytes.length : 1);
            }
        }
        // Entries deleted meanwhile must not be kept alive by this array.
        Arrays.fill(heads, 0, count, null);
        return sum;
    }

    /**
     * Adds a key known to be absent. A full table is not rebuilt at once, which for a million keys
     * would stall every client for tens of milliseconds: as in Redis, each insertion and removal moves
     * one bucket of it to a table twice the size, and {@link #rehash} moves more on a timer.
     */
    Entry insert(byte[] key, Object value) {
        if (newTable != null) {
            rehashStep();
        } else if (size >= table.length) {
            startRehash(table.length * 2);
        }
        Entry e = new Entry(key, Hashing.hash(key), value);
        Entry[] slots = home(e.hash);
        int slot = e.hash & (slots.length - 1);
        e.next = slots[slot];
        slots[slot] = e;
        size++;
        return e;
    }

    /** Unlinks this very entry; returns false if it is no longer in the table. */
    boolean remove(Entry target) {
        if (newTable != null) {
            rehashStep();
        }
        Entry[] slots = home(target.hash);
        int slot = target.hash & (slots.length - 1);
        Entry prev = null;
        for (Entry e = slots[slot]; e != null; prev = e, e = e.next) {
            if (e == target) {
                if (prev == null) {
                    slots[slot] = e.next;
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
     * Starts shrinking a table that deletions left under 10% full. Deletions never start it themselves:
     * as in Redis, that happens from a periodic job, so a SCAN that deletes expired keys as it goes
     * does not reshape the table under its own cursor. Returns true if it started.
     */
    boolean shrinkIfSparse() {
        if (newTable == null && table.length > MIN_CAPACITY && size < table.length / 10) {
            startRehash(Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, size)) * 2));
            return true;
        }
        return false;
    }

    /** Moves up to {@code buckets} buckets of a resize under way; returns false once none is. */
    boolean rehash(int buckets) {
        for (int i = 0; i < buckets && newTable != null; i++) {
            moveBucket();
        }
        return newTable != null;
    }

    void clear() {
        table = new Entry[MIN_CAPACITY];
        newTable = null;
        rehashIndex = 0;
        size = 0;
    }

    private void startRehash(int capacity) {
        newTable = new Entry[capacity];
        rehashIndex = 0;
    }

    /** Moves the next non-empty bucket, passing at most a few empty ones. */
    private void rehashStep() {
        for (int visits = 0; visits < EMPTY_VISITS_PER_STEP && newTable != null; visits++) {
            boolean moved = table[rehashIndex] != null;
            moveBucket();
            if (moved) {
                return;
            }
        }
    }

    private void moveBucket() {
        int mask = newTable.length - 1;
        for (Entry e = table[rehashIndex]; e != null; ) {
            Entry following = e.next;
            int slot = e.hash & mask;
            e.next = newTable[slot];
            newTable[slot] = e;
            e = following;
        }
        table[rehashIndex++] = null;
        if (rehashIndex == table.length) {
            table = newTable;
            newTable = null;
            rehashIndex = 0;
        }
    }

    /**
     * Visits one bucket and returns the next cursor (0 when done), as Redis's {@code dictScan}: the
     * cursor's bits are incremented from the top, so buckets already visited stay visited across resizes.
     * While a resize is under way, the cursor's bucket in the smaller table is visited together with
     * every bucket of the larger table that it splits into, since a key may be in either.
     */
    long scan(long cursor, Consumer<Entry> visitor) {
        // Collect first: the visitor may delete expired entries, and deleting moves resizes along.
        List<Entry> found = new ArrayList<>();
        long v = cursor;
        if (newTable == null) {
            long mask = table.length - 1;
            collect(table[(int) (v & mask)], found);
            v = advance(v, mask);
        } else {
            Entry[] small = table.length < newTable.length ? table : newTable;
            Entry[] large = small == table ? newTable : table;
            long smallMask = small.length - 1;
            long largeMask = large.length - 1;
            collect(small[(int) (v & smallMask)], found);
            do {
                collect(large[(int) (v & largeMask)], found);
                v = advance(v, largeMask);
            } while ((v & (smallMask ^ largeMask)) != 0);
        }
        found.forEach(visitor);
        return v;
    }

    /** Adds one to the cursor's masked bits read from the top, carrying downwards. */
    private static long advance(long cursor, long mask) {
        return Long.reverse(Long.reverse(cursor | ~mask) + 1);
    }

    private static void collect(Entry head, List<Entry> into) {
        for (Entry e = head; e != null; e = e.next) {
            into.add(e);
        }
    }

    /** A uniformly chosen bucket's random entry, as Redis picks a random key; null when empty. */
    Entry random(java.util.random.RandomGenerator random) {
        if (size == 0) {
            return null;
        }
        // Buckets already moved out of the old table are empty: draw from those not yet moved and the new table.
        int extra = newTable == null ? 0 : newTable.length;
        Entry head;
        do {
            int i = rehashIndex + random.nextInt(table.length - rehashIndex + extra);
            head = i < table.length ? table[i] : newTable[i - table.length];
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
        List<Entry> all = new ArrayList<>(size);
        for (Entry head : table) {
            collect(head, all);
        }
        if (newTable != null) {
            for (Entry head : newTable) {
                collect(head, all);
            }
        }
        return all.toArray(new Entry[0]);
    }
}
