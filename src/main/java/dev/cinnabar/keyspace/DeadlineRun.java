package dev.cinnabar.keyspace;

/**
 * (deadline, entry) slots whose deadlines never decrease, in a ring buffer: adding and taking the earliest
 * are plain array steps. Keys given the same TTL one after another arrive in exactly this order, so the
 * {@link ExpiryIndex} keeps most deadlines here, and reaping a million of them walks memory in order
 * instead of sifting a heap twenty levels deep per key.
 */
final class DeadlineRun {

    private static final int INITIAL = 16;
    /** A drained run larger than this gives its arrays back. */
    private static final int KEEP_WHEN_EMPTY = 1024;

    private long[] deadlines = new long[INITIAL];
    private Entry[] entries = new Entry[INITIAL];
    private int head;
    private int size;

    int size() {
        return size;
    }

    /** The latest deadline held, which a new one must not precede; Long.MIN_VALUE when empty. */
    long last() {
        return size == 0 ? Long.MIN_VALUE : deadlines[(head + size - 1) & (deadlines.length - 1)];
    }

    /** Appends a slot; the deadline must not be before {@link #last()}. */
    void add(Entry entry, long deadline) {
        if (size == deadlines.length) {
            resize(size * 2);
        }
        int slot = (head + size) & (deadlines.length - 1);
        deadlines[slot] = deadline;
        entries[slot] = entry;
        size++;
    }

    /** The earliest deadline held; Long.MAX_VALUE when empty. */
    long peekDeadline() {
        return size == 0 ? Long.MAX_VALUE : deadlines[head];
    }

    Entry peekEntry() {
        return entries[head];
    }

    void poll() {
        entries[head] = null;
        head = (head + 1) & (deadlines.length - 1);
        size--;
        if (size == 0) {
            head = 0;
            if (deadlines.length > KEEP_WHEN_EMPTY) {
                deadlines = new long[INITIAL];
                entries = new Entry[INITIAL];
            }
        }
    }

    /** Keeps, in order, the slots {@link ExpiryIndex#claim} accepts, and gives back spare room. */
    void retainClaimed() {
        int mask = deadlines.length - 1;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int from = (head + i) & mask;
            if (ExpiryIndex.claim(entries[from], deadlines[from])) {
                int to = (head + kept) & mask;
                deadlines[to] = deadlines[from];
                entries[to] = entries[from];
                kept++;
            }
        }
        for (int i = kept; i < size; i++) {
            entries[(head + i) & mask] = null;
        }
        size = kept;
        int capacity = ExpiryIndex.capacityFor(size);
        if (capacity < deadlines.length) {
            resize(capacity);
        }
    }

    void releaseClaims() {
        for (int i = 0; i < size; i++) {
            int slot = (head + i) & (deadlines.length - 1);
            ExpiryIndex.release(entries[slot], deadlines[slot]);
        }
    }

    private void resize(int capacity) {
        long[] newDeadlines = new long[capacity];
        Entry[] newEntries = new Entry[capacity];
        int mask = deadlines.length - 1;
        for (int i = 0; i < size; i++) {
            newDeadlines[i] = deadlines[(head + i) & mask];
            newEntries[i] = entries[(head + i) & mask];
        }
        deadlines = newDeadlines;
        entries = newEntries;
        head = 0;
    }
}
