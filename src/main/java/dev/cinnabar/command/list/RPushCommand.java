package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** RPUSH key element [element ...]: appends each element at the tail, creating the list; replies with the length. */
@Component
final class RPushCommand extends SpecifiedCommand {

    private final Lists lists;

    RPushCommand(Lists lists) {
        super(CommandSpec.of("rpush", -3, Group.LIST)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1).since("1.0.0")
                .complexity(Lists.PUSH_COMPLEXITY)
                .arguments("key element ...")
                .summary("Append one or multiple elements to a list"));
        this.lists = lists;
    }

    @Override
    public void execute(Call call) {
        lists.push(call, ListEnd.RIGHT, false);
    }
}
