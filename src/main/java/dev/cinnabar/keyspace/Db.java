package dev.cinnabar.keyspace;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;

/**
 * The whole keyspace: the numbered databases, the clock they are read with, the keyspace counters,
 * and the execution lock.
 *
 * <p>The lock is the execution model's one seam. Commands run one at a time against the keyspace, as in
 * Redis; connections take the lock once for all the commands of a read, so a pipeline pays for it
 * once. The reaper takes the same lock for each bounded slice of work.
 */
public final class Db {

    private final Clock clock;
    /** The clock again when it can be read from a monotonic reading; else null. */
    private final WallClock wallClock;
    private final Database[] databases;
    private final ReentrantLock lock = new ReentrantLock();
    private final long epoch;
    private LongConsumer deadlineListener = deadline -> { };
    private KeyspaceListener keyspaceListener;

    private long expiredKeys;
    private long hits;
    private long misses;

    public Db(int count, Clock clock) {
        this.clock = clock;
        this.wallClock = clock instanceof WallClock wall ? wall : null;
        this.epoch = clock.millis();
        this.databases = new Database[count];
        for (int i = 0; i < count; i++) {
            databases[i] = new Database(this);
        }
    }

    public Database database(int index) {
        return databases[index];
    }

    public int count() {
        return databases.length;
    }

    /** The time commands see, in epoch milliseconds. */
    public long now() {
        return clock.millis();
    }

    /** {@link #now()}, from a {@link System#nanoTime()} reading the caller took anyway, where the clock allows. */
    public long nowAt(long nanoTime) {
        return wallClock != null ? wallClock.millisAt(nanoTime) : clock.millis();
    }

    public void lock() {
        lock.lock();
    }

    public void unlock() {
        lock.unlock();
    }

    public boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** Exchanges the contents of two databases, as SWAPDB: clients selected on them see the swap at once. */
    public void swap(int a, int b) {
        Database t = databases[a];
        databases[a] = databases[b];
        databases[b] = t;
        if (keyspaceListener != null) {
            keyspaceListener.swapped(a, b);
        }
    }

    /**
     * Starts ({@code listener} non-null) or stops telling {@code listener} of new keys and swaps. It is
     * set only while clients are blocked, so the common case pays one null check per new key.
     */
    public void listen(KeyspaceListener listener) {
        this.keyspaceListener = listener;
    }

    void keyAdded(Database database, byte[] key) {
        if (keyspaceListener != null) {
            for (int i = 0; i < databases.length; i++) {
                if (databases[i] == database) {
                    keyspaceListener.keyAdded(i, key);
                    return;
                }
            }
        }
    }

    public void flushAll() {
        for (Database d : databases) {
            d.clear();
        }
    }

    /** Lets the reaper hear about every deadline set, so it can wake earlier when needed. */
    public void onDeadlineSet(LongConsumer listener) {
        this.deadlineListener = listener;
    }

    void deadlineSet(long deadline) {
        deadlineListener.accept(deadline);
    }

    long epoch() {
        return epoch;
    }

    /**
     * {@code now} on the access clock: whole seconds since the epoch's second, as Redis's LRU clock
     * counts whole seconds of wall time, saturated to an int.
     */
    int accessSecond(long now) {
        long seconds = Math.floorDiv(now, 1000) - Math.floorDiv(epoch, 1000);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, seconds));
    }

    void countExpired() {
        expiredKeys++;
    }

    void countLookup(boolean hit) {
        if (hit) {
            hits++;
        } else {
            misses++;
        }
    }

    public long expiredKeys() {
        return expiredKeys;
    }

    public long keyspaceHits() {
        return hits;
    }

    public long keyspaceMisses() {
        return misses;
    }

    public void resetStats() {
        expiredKeys = 0;
        hits = 0;
        misses = 0;
    }

    /**
     * Starts shrinking the tables that deletions left sparse and moves each resize under way along by up
     * to {@code buckets} buckets; returns how many tables are still resizing.
     */
    public int resizeTables(int buckets) {
        int resizing = 0;
        for (Database d : databases) {
            if (d.resizeTable(buckets)) {
                resizing++;
            }
        }
        return resizing;
    }

    /** The earliest deadline held by any database's index, or Long.MAX_VALUE. */
    public long nextDeadline() {
        long next = Long.MAX_VALUE;
        for (Database d : databases) {
            next = Math.min(next, d.nextDeadline());
        }
        return next;
    }

    /** Expires due keys across all databases, consuming at most {@code budget} index slots. */
    public int reap(int budget) {
        long now = now();
        int work = 0;
        for (Database d : databases) {
            work += d.reap(now, budget - work);
            if (work >= budget) {
                break;
            }
        }
        return work;
    }
}
