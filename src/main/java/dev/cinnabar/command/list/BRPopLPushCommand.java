package dev.cinnabar.command.list;

import dev.cinnabar.command.BlockingTimeout;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** BRPOPLPUSH source destination timeout: RPOPLPUSH, or wait for the source to hold a list. */
@Component
final class BRPopLPushCommand extends SpecifiedCommand {

    private final Lists lists;

    BRPopLPushCommand(Lists lists) {
        super(CommandSpec.of("brpoplpush", 4, Group.LIST)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.NOSCRIPT, Flag.BLOCKING).keys(1, 2, 1).since("2.2.0")
                .complexity("O(1)").arguments("source:key destination:key timeout:double")
                .summary("Pop an element from a list, push it to another list and return it; or block until one is available"));
        this.lists = lists;
    }

    @Override
    public void execute(Call call) {
        lists.blockingMove(call, ListEnd.RIGHT, ListEnd.LEFT, BlockingTimeout.parse(call.arg(3)));
    }
}
