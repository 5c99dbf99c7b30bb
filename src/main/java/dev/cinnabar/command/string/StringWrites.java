package dev.cinnabar.command.string;

import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;

/** Storing a string value the way SET and its relatives do. */
final class StringWrites {

    private StringWrites() {
    }

    /**
     * Stores {@code value} at {@code key}, whose live entry (or null) the caller has already looked up;
     * the deadline is replaced by {@code deadline}, unless {@code keepTtl}.
     */
    static void store(Database db, Entry entry, byte[] key, byte[] value, long deadline, boolean keepTtl) {
        Entry target;
        if (entry == null) {
            target = db.insert(key, value);
        } else {
            db.replace(entry, value);
            if (!keepTtl) {
                db.persist(entry);
            }
            target = entry;
        }
        if (deadline != Entry.NO_EXPIRY) {
            db.expireAt(target, deadline);
        }
    }
}
