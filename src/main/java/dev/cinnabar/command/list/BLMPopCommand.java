package dev.cinnabar.command.list;

import dev.cinnabar.command.BlockingTimeout;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * BLMPOP timeout numkeys key [key ...] LEFT|RIGHT [COUNT count]: LMPOP, or wait for one of the keys to
 * hold a list.
 */
@Component
final class BLMPopCommand extends SpecifiedCommand {

    BLMPopCommand() {
        super(CommandSpec.of("blmpop", -5, Group.LIST)
                .flags(Flag.WRITE, Flag.BLOCKING, Flag.MOVABLEKEYS).since("7.0.0")
                .complexity("O(N+M) where N is the number of provided keys and M is the number of elements returned.")
                .arguments("timeout:double numkeys:integer key [key ...] (LEFT|RIGHT) [COUNT count:integer]")
                .summary("Pop elements from a list, or block until one is available"));
    }

    @Override
    public void execute(Call call) {
        long timeout = BlockingTimeout.parse(call.arg(1));
        MultiPop pop = MultiPop.parse(call, 2);
        byte[] served = call.servedKey();
        if (served != null) {
            ListPops.popWithKey(call, served, TypedKeys.write(call, served, QuickList.class), pop.end(), pop.count());
        } else if (!pop.popFirstList(call)) {
            call.block(Arrays.copyOfRange(call.args(), pop.firstKey(), pop.firstKey() + pop.keys()), QuickList.class, timeout);
        }
    }
}
