package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.TypedKeys;
import dev.cinnabar.resp.Reply;

/** Finding the hash a command names in its first argument, and the writes several commands share. */
final class Hashes {

    private Hashes() {
    }

    /** The hash at the call's key for a read, null when absent. */
    static HashValue read(Call call) {
        return TypedKeys.read(call, call.arg(1), HashValue.class);
    }

    /** The hash at the call's key for a write, null when absent. */
    static HashValue write(Call call) {
        return TypedKeys.write(call, call.arg(1), HashValue.class);
    }

    /** The hash at the call's key for a write, created empty when absent. */
    static HashValue writeOrCreate(Call call) {
        return orCreate(call, write(call));
    }

    /** {@code hash}, or when it is null a new empty hash stored at the call's key. */
    private static HashValue orCreate(Call call, HashValue hash) {
        return hash != null ? hash : TypedKeys.create(call, call.arg(1), new HashValue());
    }

    /** The value of {@code field}, null when it or the hash is missing. */
    static byte[] valueOf(HashValue hash, byte[] field) {
        return hash == null ? null : hash.get(field);
    }

    /** Sets {@code field} of {@code hash}, first creating the hash at the call's key if it is null. */
    static void store(Call call, HashValue hash, byte[] field, byte[] value, Settings limits) {
        orCreate(call, hash).put(field, value, limits);
    }

    /** HSET and HMSET: sets each field-value pair after the key in order; returns how many fields are new. */
    static int setPairs(Call call, Settings limits) {
        if (call.argc() % 2 != 0) {
            throw new RedisError("ERR wrong number of arguments for '" + call.commandName() + "' command");
        }
        HashValue hash = writeOrCreate(call);
        int added = 0;
        for (int i = 2; i < call.argc(); i += 2) {
            if (hash.put(call.arg(i), call.arg(i + 1), limits)) {
                added++;
            }
        }
        return added;
    }

    /** The value of {@code field} in {@code fields} (null for a missing hash), or a null reply. */
    static void replyValue(Call call, HashFields fields, byte[] field) {
        int handle = fields == null ? -1 : fields.find(field);
        if (handle < 0) {
            call.reply().nullBulk();
        } else {
            fields.replyValue(call.reply(), handle);
        }
    }

    /** What HKEYS, HVALS and HGETALL list of each pair. */
    enum Listing {
        FIELDS, VALUES, PAIRS
    }

    /** Every pair's field, value, or both (as a map), in the hash's order; empty for a missing hash. */
    static void replyAll(Call call, Listing listing) {
        HashValue hash = read(call);
        Reply reply = call.reply();
        int size = hash == null ? 0 : hash.fields().size();
        if (listing == Listing.PAIRS) {
            reply.map(size);
        } else {
            reply.array(size);
        }
        if (hash == null) {
            return;
        }
        HashFields fields = hash.fields();
        for (int h = fields.first(); h >= 0; h = fields.next(h)) {
            if (listing != Listing.VALUES) {
                fields.replyField(reply, h);
            }
            if (listing != Listing.FIELDS) {
                fields.replyValue(reply, h);
            }
        }
    }
}
