package dev.cinnabar.keyspace;

/**
 * The deadlines of one database as (deadline, entry) slots, so a million expiring keys cost two array
 * slots each and no objects, and the reaper finds the earliest without scanning.
 *
 * <p>Most deadlines arrive in order: an application gives its keys one TTL, or a few, and each TTL's
 * deadlines grow with the clock. Each slot goes into the {@link DeadlineRun} whose latest deadline is
 * the closest one not after it, so each TTL in use tends to get a run of its own; a deadline that fits
 * no run, when all runs are taken, goes into a {@link DeadlineHeap}. The earliest slot is the earliest
 * of the runs' first slots and the heap's top.
 *
 * <p>Changing or removing a key's TTL does not search for its slot: the old slot goes stale, and is
 * recognised when it comes up because the entry's own deadline no longer matches (or the entry has left
 * the table). When stale slots outnumber live ones the index is compacted, which keeps its size within
 * a constant factor of the number of expiring keys.
 */
final class ExpiryIndex {

    private static final int MAX_RUNS = 8;
    private static final int HEAP = -1;
    private static final int UNKNOWN = -2;

    private final DeadlineRun[] runs = new DeadlineRun[MAX_RUNS];
    private int runCount;
    private final DeadlineHeap heap = new DeadlineHeap();
    private int size;
    /** Where the earliest slot is: a run's index, HEAP, or UNKNOWN until looked for. */
    private int earliest = UNKNOWN;

    int size() {
        return size;
    }

    void add(Entry entry, long deadline) {
        DeadlineRun best = null;
        for (int i = 0; i < runCount; i++) {
            DeadlineRun run = runs[i];
            if (run.last() <= deadline && (best == null || run.last() > best.last())) {
                best = run;
            }
        }
        if (best == null && runCount < MAX_RUNS) {
            best = runs[runCount++] = new DeadlineRun();
        }
        if (best != null) {
            best.add(entry, deadline);
        } else {
            heap.add(entry, deadline);
        }
        size++;
        earliest = UNKNOWN;
    }

    /** The smallest deadline held, stale or not; Long.MAX_VALUE when empty. */
    long peekDeadline() {
        int at = locateEarliest();
        return at == HEAP ? heap.peekDeadline() : runs[at].peekDeadline();
    }

    Entry peekEntry() {
        int at = locateEarliest();
        return at == HEAP ? heap.peekEntry() : runs[at].peekEntry();
    }

    /** Removes the earliest slot; the index must not be empty. */
    void poll() {
        int at = locateEarliest();
        if (at == HEAP) {
            heap.poll();
        } else {
            runs[at].poll();
        }
        size--;
        earliest = UNKNOWN;
    }

    private int locateEarliest() {
        if (earliest == UNKNOWN) {
            int at = HEAP;
            long min = heap.peekDeadline();
            for (int i = 0; i < runCount; i++) {
                if (runs[i].peekDeadline() < min) {
                    min = runs[i].peekDeadline();
                    at = i;
                }
            }
            earliest = at;
        }
        return earliest;
    }

    /**
     * Drops the slots whose entry no longer carries that deadline. An entry that leaves its table has its
     * deadline cleared, so this test also drops deleted keys. A key given the same deadline twice (PERSIST
     * then the same EXPIREAT, or SET ... PXAT again) has two matching slots; only the first is kept, or
     * such keys could grow the index without bound.
     */
    void compact() {
        heap.retainClaimed();
        for (int i = 0; i < runCount; i++) {
            runs[i].retainClaimed();
        }
        size = heap.size();
        heap.releaseClaims();
        for (int i = 0; i < runCount; i++) {
            runs[i].releaseClaims();
            size += runs[i].size();
        }
        earliest = UNKNOWN;
    }

    /**
     * Whether compaction keeps this slot. A kept entry is marked meanwhile by storing the complement of
     * its deadline, which no real deadline (always positive) can equal, so its later duplicates fail.
     */
    static boolean claim(Entry entry, long deadline) {
        if (entry.expireAt != deadline) {
            return false;
        }
        entry.expireAt = ~deadline;
        return true;
    }

    static void release(Entry entry, long deadline) {
        entry.expireAt = deadline;
    }

    /** The array length compaction leaves for this many slots. */
    static int capacityFor(int slots) {
        return Math.max(16, Integer.highestOneBit(Math.max(1, slots)) * 2);
    }
}
