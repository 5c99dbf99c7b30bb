package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.keyspace.Entry;

/** The key of an OBJECT subcommand, looked up without counting as an access. */
final class ObjectLookup {

    private ObjectLookup() {
    }

    /** The live entry named by the key argument; when there is none, replies null and returns null. */
    static Entry find(Call call) {
        Entry entry = call.database().peek(call.arg(2), call.now());
        if (entry == null) {
            call.reply().nullBulk();
        }
        return entry;
    }
}
