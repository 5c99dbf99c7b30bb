package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;

import java.util.Arrays;

/** RENAME and RENAMENX: moving a value and its deadline to another name in the same database. */
final class Renames {

    private Renames() {
    }

    /** {@code key newkey}; with {@code onlyIfAbsent} (RENAMENX) an existing newkey is left alone. */
    static void rename(Call call, boolean onlyIfAbsent) {
        Database db = call.database();
        byte[] from = call.arg(1);
        byte[] to = call.arg(2);
        Entry source = db.lookup(from, call.now());
        if (source == null) {
            throw RedisError.NO_SUCH_KEY;
        }
        if (Arrays.equals(from, to)) {
            reply(call, onlyIfAbsent, false);
            return;
        }
        Entry existing = db.lookup(to, call.now());
        if (existing != null) {
            if (onlyIfAbsent) {
                reply(call, true, false);
                return;
            }
            db.remove(existing);
        }
        Entry renamed = db.insert(to, source.value());
        if (source.hasExpiry()) {
            db.expireAt(renamed, source.expireAt());
        }
        db.remove(source);
        reply(call, onlyIfAbsent, true);
    }

    /** RENAME answers OK whatever happened; RENAMENX says whether the key was renamed. */
    private static void reply(Call call, boolean onlyIfAbsent, boolean renamed) {
        if (onlyIfAbsent) {
            call.reply().integer(renamed ? 1 : 0);
        } else {
            call.reply().ok();
        }
    }
}
