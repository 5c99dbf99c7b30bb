package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.keyspace.Database;

/** Database index arguments (MOVE, COPY ... DB, SWAPDB) and the errors of commands across databases. */
final class DbArgs {

    static final RedisError SAME_OBJECT = new RedisError("ERR source and destination objects are the same");
    private static final RedisError NOT_AN_INT =
            new RedisError("ERR value is out of range, value must between -2147483648 and 2147483647");

    private DbArgs() {
    }

    /** The argument as a C int, with Redis's two errors for "not a number" and "not an int". */
    static int index(Call call, int arg) {
        long value = call.integer(arg);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw NOT_AN_INT;
        }
        return (int) value;
    }

    /** The database named by the argument, or "DB index is out of range". */
    static Database database(Call call, int arg) {
        return call.db().database(checked(call, index(call, arg)));
    }

    static int checked(Call call, int index) {
        if (index < 0 || index >= call.db().count()) {
            throw RedisError.DB_INDEX_OUT_OF_RANGE;
        }
        return index;
    }
}
