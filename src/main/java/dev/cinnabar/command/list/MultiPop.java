package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.TypedKeys;
import dev.cinnabar.resp.Numbers;

/**
 * LMPOP's arguments after the command (and BLMPOP's after its timeout): {@code numkeys key [key ...]
 * LEFT|RIGHT [COUNT count]}, checked in Redis's order.
 *
 * @param firstKey the index of the first key argument
 * @param keys     how many keys follow
 * @param end      which end to pop from
 * @param count    most elements to pop, 1 by default
 */
public record MultiPop(int firstKey, int keys, ListEnd end, long count) {

    private static final RedisError NUMKEYS = new RedisError("ERR numkeys should be greater than 0");
    private static final RedisError COUNT = new RedisError("ERR count should be greater than 0");

    /** Parses the arguments from {@code numkeysIndex} on. */
    public static MultiPop parse(Call call, int numkeysIndex) {
        long numkeys = Numbers.parseLong(call.arg(numkeysIndex), 0);
        if (numkeys <= 0) {
            throw NUMKEYS;
        }
        long whereIndex = numkeysIndex + 1 + numkeys;
        if (whereIndex >= call.argc()) {
            throw RedisError.SYNTAX;
        }
        ListEnd end = ListEnd.parse(call, (int) whereIndex);
        long count = -1;
        for (int i = (int) whereIndex + 1; i < call.argc(); i++) {
            if (count == -1 && call.is(i, "COUNT") && i + 1 < call.argc()) {
                count = Numbers.parseLong(call.arg(++i), 0);
                if (count <= 0) {
                    throw COUNT;
                }
            } else {
                throw RedisError.SYNTAX;
            }
        }
        return new MultiPop(numkeysIndex + 1, (int) numkeys, end, count == -1 ? 1 : count);
    }

    /**
     * Pops from the first of the keys that holds a list, in argument order, and replies as
     * {@link ListPops#popWithKey}; false, with nothing written, when none does. A key of another type met
     * before a list is the WRONGTYPE error.
     */
    public boolean popFirstList(Call call) {
        for (int i = firstKey; i < firstKey + keys; i++) {
            QuickList list = TypedKeys.write(call, call.arg(i), QuickList.class);
            if (list != null) {
                ListPops.popWithKey(call, call.arg(i), list, end, count);
                return true;
            }
        }
        return false;
    }
}
