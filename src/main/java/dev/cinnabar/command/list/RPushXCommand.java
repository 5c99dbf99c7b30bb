package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** RPUSHX key element [element ...]: RPUSH, but only onto an existing list (0 otherwise). */
@Component
final class RPushXCommand extends SpecifiedCommand {

    private final Lists lists;

    RPushXCommand(Lists lists) {
        super(CommandSpec.of("rpushx", -3, Group.LIST)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1).since("2.2.0")
                .complexity(Lists.PUSH_COMPLEXITY)
                .arguments("key element ...")
                .summary("Append an element to a list, only if the list exists"));
        this.lists = lists;
    }

    @Override
    public void execute(Call call) {
        lists.push(call, ListEnd.RIGHT, true);
    }
}
