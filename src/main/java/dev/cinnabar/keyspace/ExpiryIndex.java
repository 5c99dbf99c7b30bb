package dev.cinnabar.keyspace;

import java.util.Arrays;

/**
 * The deadlines of one database, as a binary min-heap of (deadline, entry) in two parallel arrays, so a
 * million expiring keys cost two array slots each and no objects.
 *
 * <p>Changing or removing a key's TTL does not search the heap: the old slot goes stale, and is
 * recognised when it reaches the top because the entry's own deadline no longer matches (or the entry
 * has left the table). When stale slots outnumber live ones the heap is rebuilt, which keeps its size
 * within a constant factor of the number of expiring keys.
 */
final class ExpiryIndex {

    private long[] deadlines = new long[16];
    private Entry[] entries = new Entry[16];
    private int size;

    int size() {
        return size;
    }

    void add(Entry entry, long deadline) {
        if (size == deadlines.length) {
            deadlines = Arrays.copyOf(deadlines, size * 2);
            entries = Arrays.copyOf(entries, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (deadlines[parent] <= deadline) {
                break;
            }
            deadlines[i] = deadlines[parent];
            entries[i] = entries[parent];
            i = parent;
        }
        deadlines[i] = deadline;
        entries[i] = entry;
    }

    /** The smallest deadline held, stale or not; Long.MAX_VALUE when empty. */
    long peekDeadline() {
        return size == 0 ? Long.MAX_VALUE : deadlines[0];
    }

    Entry peekEntry() {
        return entries[0];
    }

    void poll() {
        size--;
        long lastDeadline = deadlines[size];
        Entry lastEntry = entries[size];
        entries[size] = null;
        if (size > 0) {
            siftDown(0, lastDeadline, lastEntry);
        }
    }

    /**
     * Rebuilds the heap from the slots whose entry still carries that deadline. An entry that leaves its
     * table has its deadline cleared, so this test also drops deleted keys. A key given the same deadline
     * twice (PERSIST then the same EXPIREAT, or SET ... PXAT again) has two matching slots; only the first
     * is kept, or such keys could grow the heap without bound. Kept entries are marked meanwhile by
     * storing the complement of their deadline, which no real deadline (always positive) can equal.
     */
    void compact() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            Entry entry = entries[i];
            if (entry.expireAt == deadlines[i]) {
                entry.expireAt = ~deadlines[i];
                deadlines[kept] = deadlines[i];
                entries[kept] = entry;
                kept++;
            }
        }
        for (int i = 0; i < kept; i++) {
            entries[i].expireAt = deadlines[i];
        }
        Arrays.fill(entries, kept, size, null);
        size = kept;
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, deadlines[i], entries[i]);
        }
        int capacity = Math.max(16, Integer.highestOneBit(Math.max(1, size)) * 2);
        if (capacity < deadlines.length) {
            deadlines = Arrays.copyOf(deadlines, capacity);
            entries = Arrays.copyOf(entries, capacity);
        }
    }

    void clear() {
        deadlines = new long[16];
        entries = new Entry[16];
        size = 0;
    }

    private void siftDown(int i, long deadline, Entry entry) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && deadlines[right] < deadlines[child]) {
                child = right;
            }
            if (deadline <= deadlines[child]) {
                break;
            }
            deadlines[i] = deadlines[child];
            entries[i] = entries[child];
            i = child;
        }
        deadlines[i] = deadline;
        entries[i] = entry;
    }
}
