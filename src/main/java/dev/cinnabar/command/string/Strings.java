package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.keyspace.RawString;
import dev.cinnabar.resp.Numbers;
import dev.cinnabar.resp.Reply;

/** The string type as commands see it: a bare {@code byte[]} or a growable {@link RawString}. */
public final class Strings {

    private Strings() {
    }

    public static boolean isString(Object value) {
        return value instanceof byte[] || value instanceof RawString;
    }

    /** The string value of a live entry, or WRONGTYPE. */
    public static Object of(Entry entry) {
        Object value = entry.value();
        if (!isString(value)) {
            throw RedisError.WRONG_TYPE;
        }
        return value;
    }

    /** The string at {@code key} as a read (counting hits and misses), or null when absent. */
    public static Object read(Call call, byte[] key) {
        Entry entry = call.database().read(key, call.now());
        return entry == null ? null : of(entry);
    }

    public static byte[] bytes(Object value) {
        return value instanceof RawString raw ? raw.toBytes() : (byte[]) value;
    }

    /** The array whose first {@link #length} bytes are the string, shared, not copied. */
    public static byte[] buffer(Object value) {
        return value instanceof RawString raw ? raw.buffer() : (byte[]) value;
    }

    public static int length(Object value) {
        return value instanceof RawString raw ? raw.length() : ((byte[]) value).length;
    }

    /** Replies with the string, or the null bulk when it is null. */
    public static void reply(Reply reply, Object value) {
        if (value == null) {
            reply.nullBulk();
        } else if (value instanceof RawString raw) {
            reply.bulk(raw.buffer(), 0, raw.length());
        } else {
            reply.bulk((byte[]) value);
        }
    }

    /** The value as a 64-bit integer in Redis's strict syntax, or the "not an integer" error. */
    public static long toLong(Object value) {
        byte[] buf = buffer(value);
        int length = length(value);
        long parsed = Numbers.parseLong(buf, 0, length, Long.MIN_VALUE);
        // Long.MIN_VALUE is both the marker and a valid value: a second parse with another marker tells them apart.
        if (parsed == Long.MIN_VALUE && Numbers.parseLong(buf, 0, length, 0) == 0) {
            throw RedisError.NOT_AN_INTEGER;
        }
        return parsed;
    }
}
