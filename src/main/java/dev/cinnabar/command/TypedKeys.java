package dev.cinnabar.command;

import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.keyspace.TypedValue;

/**
 * Looking up a key that must hold a given type, for the collection commands: absent is null, any other
 * type is the WRONGTYPE error, and a collection emptied by a command takes its key with it, as in Redis.
 */
public final class TypedKeys {

    private TypedKeys() {
    }

    /** The value at {@code key} for a read (counting a keyspace hit or miss), null when absent. */
    public static <T extends TypedValue> T read(Call call, byte[] key, Class<T> type) {
        return cast(call.database().read(key, call.now()), type);
    }

    /** The value at {@code key} for a write (no hit or miss counted), null when absent. */
    public static <T extends TypedValue> T write(Call call, byte[] key, Class<T> type) {
        return cast(call.database().lookup(key, call.now()), type);
    }

    /** Stores a new collection at a key the caller has just seen to be absent. */
    public static <T extends TypedValue> T create(Call call, byte[] key, T value) {
        call.database().insert(key, value);
        return value;
    }

    /** Deletes the key if the command left its collection empty. */
    public static void removeIfEmpty(Call call, byte[] key, TypedValue value) {
        if (value.isEmpty()) {
            call.database().delete(key, call.now());
        }
    }

    private static <T extends TypedValue> T cast(Entry entry, Class<T> type) {
        if (entry == null) {
            return null;
        }
        Object value = entry.value();
        if (!type.isInstance(value)) {
            throw RedisError.WRONG_TYPE;
        }
        return type.cast(value);
    }
}
