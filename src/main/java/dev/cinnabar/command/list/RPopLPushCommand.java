package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** RPOPLPUSH source destination: LMOVE source destination RIGHT LEFT. */
@Component
final class RPopLPushCommand extends SpecifiedCommand {

    private final Lists lists;

    RPopLPushCommand(Lists lists) {
        super(CommandSpec.of("rpoplpush", 3, Group.LIST)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, 2, 1).since("1.2.0").complexity("O(1)")
                .arguments("source:key destination:key")
                .summary("Remove the last element in a list, prepend it to another list and return it"));
        this.lists = lists;
    }

    @Override
    public void execute(Call call) {
        lists.move(call, ListEnd.RIGHT, ListEnd.LEFT);
    }
}
