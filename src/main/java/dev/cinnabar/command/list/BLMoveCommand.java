package dev.cinnabar.command.list;

import dev.cinnabar.command.BlockingTimeout;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** BLMOVE source destination LEFT|RIGHT LEFT|RIGHT timeout: LMOVE, or wait for the source to hold a list. */
@Component
final class BLMoveCommand extends SpecifiedCommand {

    private final Lists lists;

    BLMoveCommand(Lists lists) {
        super(CommandSpec.of("blmove", 6, Group.LIST)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.NOSCRIPT, Flag.BLOCKING).keys(1, 2, 1).since("6.2.0")
                .complexity("O(1)")
                .arguments("source:key destination:key (LEFT|RIGHT) (LEFT|RIGHT) timeout:double")
                .summary("Pop an element from a list, push it to another list and return it; or block until one is available"));
        this.lists = lists;
    }

    @Override
    public void execute(Call call) {
        ListEnd from = ListEnd.parse(call, 3);
        ListEnd to = ListEnd.parse(call, 4);
        lists.blockingMove(call, from, to, BlockingTimeout.parse(call.arg(5)));
    }
}
