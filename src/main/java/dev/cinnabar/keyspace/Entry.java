package dev.cinnabar.keyspace;

/**
 * One key of a database: the key's bytes, its value and its deadline, chained in a {@link Dict} bucket.
 * Keeping the deadline here rather than in a second map means a lookup finds a key and its TTL at once.
 */
public final class Entry {

    /** The deadline of a key that does not expire. */
    public static final long NO_EXPIRY = -1;

    final byte[] key;
    final int hash;
    Object value;
    long expireAt = NO_EXPIRY;
    /** When a command last touched the key, in whole seconds since the Db's epoch: OBJECT IDLETIME's clock. */
    int accessed;
    Entry next;

    Entry(byte[] key, int hash, Object value) {
        this.key = key;
        this.hash = hash;
        this.value = value;
    }

    public byte[] key() {
        return key;
    }

    public Object value() {
        return value;
    }

    /** Epoch milliseconds after which the key is gone, or {@link #NO_EXPIRY}. */
    public long expireAt() {
        return expireAt;
    }

    public boolean hasExpiry() {
        return expireAt != NO_EXPIRY;
    }
}
