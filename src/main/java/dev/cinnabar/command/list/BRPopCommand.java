package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** BRPOP key [key ...] timeout: RPOP from the first non-empty list, or wait for one. */
@Component
final class BRPopCommand extends SpecifiedCommand {

    BRPopCommand() {
        super(CommandSpec.of("brpop", -3, Group.LIST)
                .flags(Flag.WRITE, Flag.NOSCRIPT, Flag.BLOCKING).keys(1, -2, 1).since("2.0.0")
                .complexity("O(N) where N is the number of provided keys.")
                .arguments("key [key ...] timeout:double")
                .summary("Remove and get the last element in a list, or block until one is available"));
    }

    @Override
    public void execute(Call call) {
        BlockingListPop.run(call, ListEnd.RIGHT);
    }
}
