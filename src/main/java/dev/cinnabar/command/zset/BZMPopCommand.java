package dev.cinnabar.command.zset;

import dev.cinnabar.command.BlockingTimeout;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/**
 * BZMPOP timeout numkeys key [key ...] MIN|MAX [COUNT count]: ZMPOP, or wait for one of the keys to hold
 * a sorted set.
 */
@Component
final class BZMPopCommand extends SpecifiedCommand {

    BZMPopCommand() {
        super(CommandSpec.of("bzmpop", -5, Group.SORTED_SET)
                .flags(Flag.WRITE, Flag.BLOCKING, Flag.MOVABLEKEYS).since("7.0.0")
                .complexity("O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of "
                        + "elements in the sorted set, and M being the number of elements popped.")
                .arguments("timeout:double numkeys:integer key [key ...] (MIN|MAX) [COUNT count:integer]")
                .summary("Remove and return members with scores in a sorted set or block until one is available"));
    }

    @Override
    public void execute(Call call) {
        long timeout = BlockingTimeout.parse(call.arg(1));
        SortedSetPops.MultiPop pop = SortedSetPops.MultiPop.parse(call, 2);
        BlockingPop.popOrBlock(call, pop.firstKey(), pop.numKeys(), pop.end(), pop.count(),
                SortedSetPops.Shape.KEYED_PAIRS, timeout);
    }
}
