package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.resp.Numbers;

/** The shared body of INCR, DECR, INCRBY and DECRBY. */
final class Counters {

    private Counters() {
    }

    /** Adds {@code delta} to the integer at the call's key (0 if absent), keeping its TTL; replies with the sum. */
    static void add(Call call, long delta) {
        Database db = call.database();
        byte[] key = call.arg(1);
        Entry entry = db.lookup(key, call.now());
        long value = entry == null ? 0 : Strings.toLong(Strings.of(entry));
        if ((delta < 0 && value < 0 && delta < Long.MIN_VALUE - value)
                || (delta > 0 && value > 0 && delta > Long.MAX_VALUE - value)) {
            throw RedisError.OVERFLOW;
        }
        long result = value + delta;
        StringWrites.overwrite(db, entry, key, Numbers.decimal(result));
        call.reply().integer(result);
    }
}
