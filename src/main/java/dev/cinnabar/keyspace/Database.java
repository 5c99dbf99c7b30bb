package dev.cinnabar.keyspace;

import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * One numbered database: its keys and their deadlines. Every lookup takes the current time and treats a
 * key past its deadline as absent (deleting it on the spot), so no command can see an expired key,
 * whatever the reaper has or has not reached yet. A key expires once the time is strictly past its
 * deadline, as in Redis.
 *
 * <p>Not thread-safe: all access happens under the {@link Db}'s execution lock.
 */
public final class Database {

    private static final int COMPACT_FLOOR = 1024;

    private final Db owner;
    private Dict dict = new Dict();
    private ExpiryIndex expiries = new ExpiryIndex();
    private int expiring;
    /**
     * Sum of deadlines relative to the Db's epoch, kept so avg_ttl costs no scan; a double holds such
     * integer sums exactly far beyond any real keyspace.
     */
    private double deadlineSum;
    private int compactAt = COMPACT_FLOOR;

    Database(Db owner) {
        this.owner = owner;
    }

    public int size() {
        return dict.size();
    }

    /** How many keys carry a deadline. */
    public int expiringCount() {
        return expiring;
    }

    /** Brings the entries of these keys into the cache ahead of use; see {@link Dict#touch}. */
    public int touch(byte[][] keys, int count) {
        return dict.touch(keys, count);
    }

    /** The live entry for {@code key}, or null if it is absent or past its deadline; marks it accessed. */
    public Entry lookup(byte[] key, long now) {
        Entry e = live(key, now);
        if (e != null) {
            e.accessed = owner.accessSecond(now);
        }
        return e;
    }

    /** Like {@link #lookup} but counts a keyspace hit or miss, as reads by commands do in Redis. */
    public Entry read(byte[] key, long now) {
        Entry e = lookup(key, now);
        owner.countLookup(e != null);
        return e;
    }

    /**
     * Like {@link #read} but leaves the access time alone, for commands that inspect a key without
     * using it (TYPE, TTL, EXISTS, OBJECT: Redis's {@code LOOKUP_NOTOUCH}).
     */
    public Entry peek(byte[] key, long now) {
        Entry e = live(key, now);
        owner.countLookup(e != null);
        return e;
    }

    /** The live entry for {@code key} or null, touching neither its access time nor the hit counters. */
    public Entry probe(byte[] key, long now) {
        return live(key, now);
    }

    private Entry live(byte[] key, long now) {
        Entry e = dict.find(key);
        if (e != null && e.expireAt != Entry.NO_EXPIRY && now > e.expireAt) {
            expire(e);
            return null;
        }
        return e;
    }

    /** Whole seconds since a command last touched the entry, as OBJECT IDLETIME reports. */
    public long idleSeconds(Entry e, long now) {
        return Math.max(0, (long) owner.accessSecond(now) - e.accessed);
    }

    /** Stores {@code value} under {@code key}, dropping any deadline the key had (SET's behaviour). */
    public Entry put(byte[] key, Object value, long now) {
        Entry e = lookup(key, now);
        if (e == null) {
            return insert(key, value);
        }
        e.value = value;
        clearExpiry(e);
        return e;
    }

    /** Adds a key the caller has just seen to be absent. */
    public Entry insert(byte[] key, Object value) {
        Entry e = dict.insert(key, value);
        e.accessed = owner.accessSecond(owner.now());
        if (value instanceof TypedValue typed && typed.wakesBlockedClients()) {
            owner.keyAdded(this, key);
        }
        return e;
    }

    /** Replaces the value of a live entry, keeping its deadline. */
    public void replace(Entry e, Object value) {
        e.value = value;
    }

    public boolean delete(byte[] key, long now) {
        Entry e = lookup(key, now);
        if (e == null) {
            return false;
        }
        remove(e);
        return true;
    }

    public void remove(Entry e) {
        dict.remove(e);
        clearExpiry(e);
    }

    /** Sets the deadline of a live entry, in epoch milliseconds. */
    public void expireAt(Entry e, long deadline) {
        if (e.expireAt == deadline) {
            return;
        }
        if (e.expireAt == Entry.NO_EXPIRY) {
            expiring++;
        } else {
            deadlineSum -= e.expireAt - owner.epoch();
        }
        e.expireAt = deadline;
        deadlineSum += deadline - owner.epoch();
        expiries.add(e, deadline);
        if (expiries.size() > compactAt) {
            expiries.compact();
            compactAt = Math.max(COMPACT_FLOOR, expiries.size() * 2);
        }
        owner.deadlineSet(deadline);
    }

    /** Removes the deadline of a live entry; true if it had one. */
    public boolean persist(Entry e) {
        if (e.expireAt == Entry.NO_EXPIRY) {
            return false;
        }
        clearExpiry(e);
        return true;
    }

    private void clearExpiry(Entry e) {
        if (e.expireAt != Entry.NO_EXPIRY) {
            deadlineSum -= e.expireAt - owner.epoch();
            e.expireAt = Entry.NO_EXPIRY;
            expiring--;
        }
    }

    private void expire(Entry e) {
        remove(e);
        owner.countExpired();
    }

    /** One SCAN step: visits the live entries of one bucket and returns the next cursor. */
    public long scan(long cursor, long now, Consumer<Entry> visitor) {
        return dict.scan(cursor, e -> {
            if (e.expireAt != Entry.NO_EXPIRY && now > e.expireAt) {
                expire(e);
            } else {
                visitor.accept(e);
            }
        });
    }

    /** Every live entry, expiring the dead ones met on the way. */
    public void forEach(long now, Consumer<Entry> visitor) {
        for (Entry e : dict.entries()) {
            if (e.expireAt != Entry.NO_EXPIRY && now > e.expireAt) {
                expire(e);
            } else {
                visitor.accept(e);
            }
        }
    }

    /** A random live key's entry, or null if there is none. */
    public Entry random(long now, RandomGenerator random) {
        while (dict.size() > 0) {
            Entry e = dict.random(random);
            if (e.expireAt == Entry.NO_EXPIRY || now <= e.expireAt) {
                return e;
            }
            expire(e);
        }
        return null;
    }

    /** See {@link Db#resizeTables}; true while this database's table is resizing. */
    boolean resizeTable(int buckets) {
        dict.shrinkIfSparse();
        return dict.rehash(buckets);
    }

    public void clear() {
        // Fresh structures rather than clearing in place: the old ones become garbage in one step.
        dict = new Dict();
        expiries = new ExpiryIndex();
        expiring = 0;
        deadlineSum = 0;
        compactAt = COMPACT_FLOOR;
    }

    /** The mean remaining TTL in milliseconds over the expiring keys, for INFO's avg_ttl. */
    public long averageTtl(long now) {
        return expiring == 0 ? 0 : Math.max(0, (long) (deadlineSum / expiring) + owner.epoch() - now);
    }

    /** The earliest deadline in the index (possibly stale), or Long.MAX_VALUE. */
    long nextDeadline() {
        return expiries.peekDeadline();
    }

    /**
     * Deletes up to {@code budget} keys whose deadline has passed, earliest first; returns how many
     * slots of the index it consumed, so the reaper can bound its work.
     */
    int reap(long now, int budget) {
        int work = 0;
        while (work < budget && expiries.size() > 0 && expiries.peekDeadline() < now) {
            Entry e = expiries.peekEntry();
            long deadline = expiries.peekDeadline();
            expiries.poll();
            work++;
            if (e.expireAt == deadline) {
                expire(e);
            }
        }
        return work;
    }
}
