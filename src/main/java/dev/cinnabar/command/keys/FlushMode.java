package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;

/** FLUSHDB and FLUSHALL's optional ASYNC | SYNC, which changes nothing here: dropping tables is O(1). */
final class FlushMode {

    private FlushMode() {
    }

    static void check(Call call) {
        if (call.argc() > 2 || (call.argc() == 2 && !call.is(1, "async") && !call.is(1, "sync"))) {
            throw RedisError.SYNTAX;
        }
    }
}
