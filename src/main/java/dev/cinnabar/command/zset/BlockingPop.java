package dev.cinnabar.command.zset;

import dev.cinnabar.command.BlockingTimeout;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;

import java.util.Arrays;

/**
 * BZPOPMIN and BZPOPMAX key [key ...] timeout: pops one element from the first of the keys holding a
 * sorted set and replies with the key, member and score; when none does, waits for one.
 */
abstract class BlockingPop extends SpecifiedCommand {

    private final SortedSetPops.End end;

    BlockingPop(String name, String summary, SortedSetPops.End end) {
        super(CommandSpec.of(name, -3, Group.SORTED_SET)
                .flags(Flag.WRITE, Flag.NOSCRIPT, Flag.BLOCKING, Flag.FAST).keys(1, -2, 1).since("5.0.0")
                .complexity("O(log(N)) with N being the number of elements in the sorted set.")
                .arguments("key [key ...] timeout:double").summary(summary));
        this.end = end;
    }

    @Override
    public final void execute(Call call) {
        long timeout = BlockingTimeout.parse(call.arg(call.argc() - 1));
        popOrBlock(call, 1, call.argc() - 2, end, 1, SortedSetPops.Shape.KEYED_FLAT, timeout);
    }

    /**
     * Pops from the key being served, or else from the first of the keys holding a sorted set; waits for
     * one when none does.
     */
    static void popOrBlock(Call call, int firstKey, int numKeys, SortedSetPops.End end, long count,
                           SortedSetPops.Shape shape, long timeout) {
        byte[] served = call.servedKey();
        if (served != null) {
            SortedSetPops.pop(call, served, TypedKeys.write(call, served, SortedSet.class), end, count, shape);
        } else if (!SortedSetPops.popFirst(call, firstKey, numKeys, end, count, shape)) {
            call.block(Arrays.copyOfRange(call.args(), firstKey, firstKey + numKeys), SortedSet.class, timeout);
        }
    }
}
