package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.resp.Numbers;

/** ZPOPMIN and ZPOPMAX key [count]: without a count one element, in RESP3 with a count [member, score] pairs. */
abstract class PopCommand extends SpecifiedCommand {

    private static final RedisError NOT_POSITIVE = new RedisError("ERR value is out of range, must be positive");

    private final SortedSetPops.End end;

    PopCommand(String name, String summary, SortedSetPops.End end) {
        super(CommandSpec.of(name, -2, Group.SORTED_SET)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1).since("5.0.0")
                .complexity("O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.")
                .arguments("key [count:integer]").summary(summary));
        this.end = end;
    }

    @Override
    public final void execute(Call call) {
        if (call.argc() > 3) {
            throw RedisError.SYNTAX;
        }
        boolean counted = call.argc() == 3;
        long count = 1;
        if (counted) {
            // -1 is out of range too, so it also stands for "not an integer".
            count = Numbers.parseLong(call.arg(2), -1);
            if (count < 0) {
                throw NOT_POSITIVE;
            }
        }
        SortedSetPops.Shape shape = counted && call.reply().resp3() ? SortedSetPops.Shape.PAIRS : SortedSetPops.Shape.FLAT;
        if (!SortedSetPops.popFirst(call, 1, 1, end, count, shape)) {
            call.reply().array(0);
        }
    }
}
