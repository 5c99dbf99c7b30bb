package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.Deadlines;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.Settings;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.keyspace.RawString;

import java.util.concurrent.TimeUnit;

/** Storing a string value the way SET and its relatives do. */
final class StringWrites {

    private static final RedisError TOO_LONG =
            new RedisError("ERR string exceeds maximum allowed size (proto-max-bulk-len)");

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

    /** SETEX and PSETEX: {@code key ttl value}, the TTL checked before anything is written. */
    static void storeExpiring(Call call, TimeUnit unit) {
        long deadline = Deadlines.parse(call, 2, unit, true);
        Database db = call.database();
        byte[] key = call.arg(1);
        store(db, db.lookup(key, call.now()), key, call.arg(3), deadline, false);
        call.reply().ok();
    }

    /** MSET and MSETNX take key-value pairs: an odd count of them is an arity error. */
    static void checkPairs(Call call) {
        if (call.argc() % 2 == 0) {
            throw new RedisError("ERR wrong number of arguments for '" + call.commandName() + "' command");
        }
    }

    /** Stores every key-value pair of MSET/MSETNX in order (a repeated key ends with its last value). */
    static void storePairs(Call call) {
        Database db = call.database();
        for (int i = 1; i < call.argc(); i += 2) {
            byte[] key = call.arg(i);
            store(db, db.lookup(key, call.now()), key, call.arg(i + 1), Entry.NO_EXPIRY, false);
        }
    }

    /** Stores a computed value (INCR and the like): a new key, or a new value under the key's old TTL. */
    static void overwrite(Database db, Entry entry, byte[] key, byte[] value) {
        if (entry == null) {
            db.insert(key, value);
        } else {
            db.replace(entry, value);
        }
    }

    /** The entry's string as a {@link RawString} to change in place, converting a plain value first. */
    static RawString growable(Database db, Entry entry) {
        Object value = Strings.of(entry);
        if (value instanceof RawString raw) {
            return raw;
        }
        RawString raw = new RawString((byte[]) value, 0);
        db.replace(entry, raw);
        return raw;
    }

    /** Redis's limit on a string grown to {@code size + extra} bytes: proto-max-bulk-len (and overflow). */
    static void checkLength(Settings settings, long size, long extra) {
        long total = size + extra;
        if (total < size || total > Math.min(settings.protoMaxBulkLen(), RawString.MAX_LENGTH)) {
            throw TOO_LONG;
        }
    }
}
