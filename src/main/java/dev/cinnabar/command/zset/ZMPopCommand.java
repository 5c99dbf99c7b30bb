package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** ZMPOP numkeys key [key ...] MIN|MAX [COUNT count]: pops from the first key that exists; nil when none does. */
@Component
final class ZMPopCommand extends SpecifiedCommand {

    ZMPopCommand() {
        super(CommandSpec.of("zmpop", -4, Group.SORTED_SET)
                .flags(Flag.WRITE, Flag.MOVABLEKEYS).since("7.0.0")
                .complexity("O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.")
                .arguments("numkeys:integer key ... (MIN|MAX) [COUNT count:integer]")
                .summary("Remove and return members with scores in a sorted set"));
    }

    @Override
    public void execute(Call call) {
        SortedSetPops.MultiPop args = SortedSetPops.MultiPop.parse(call, 1);
        if (!SortedSetPops.popFirst(call, args.firstKey(), args.numKeys(), args.end(), args.count(),
                SortedSetPops.Shape.KEYED_PAIRS)) {
            call.reply().nullArray();
        }
    }
}
