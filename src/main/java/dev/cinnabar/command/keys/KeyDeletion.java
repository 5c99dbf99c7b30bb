package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.keyspace.Database;

/** DEL and UNLINK: the same deletion, since freeing memory in the background buys nothing on the JVM. */
final class KeyDeletion {

    private KeyDeletion() {
    }

    /** Deletes every key argument and replies how many existed. */
    static void deleteAll(Call call) {
        Database db = call.database();
        long deleted = 0;
        for (int i = 1; i < call.argc(); i++) {
            if (db.delete(call.arg(i), call.now())) {
                deleted++;
            }
        }
        call.reply().integer(deleted);
    }
}
