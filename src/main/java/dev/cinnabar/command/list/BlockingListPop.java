package dev.cinnabar.command.list;

import dev.cinnabar.command.BlockingTimeout;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.TypedKeys;

import java.util.Arrays;

/**
 * BLPOP and BRPOP ({@code key [key ...] timeout}): pops from the first of the keys holding a list and
 * replies with the key and the element; when none does, blocks until a push makes one ready.
 */
final class BlockingListPop {

    private BlockingListPop() {
    }

    static void run(Call call, ListEnd end) {
        long timeout = BlockingTimeout.parse(call.arg(call.argc() - 1));
        byte[] served = call.servedKey();
        if (served != null) {
            pop(call, served, TypedKeys.write(call, served, QuickList.class), end);
            return;
        }
        for (int i = 1; i < call.argc() - 1; i++) {
            QuickList list = TypedKeys.write(call, call.arg(i), QuickList.class);
            if (list != null) {
                pop(call, call.arg(i), list, end);
                return;
            }
        }
        call.block(Arrays.copyOfRange(call.args(), 1, call.argc() - 1), QuickList.class, timeout);
    }

    private static void pop(Call call, byte[] key, QuickList list, ListEnd end) {
        call.reply().array(2);
        call.reply().bulk(key);
        ListPops.popOne(call, key, list, end);
    }
}
