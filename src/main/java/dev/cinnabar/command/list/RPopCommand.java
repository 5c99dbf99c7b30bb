package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** RPOP key [count]: removes and replies with the last element, or with an array of the last count, last first. */
@Component
final class RPopCommand extends SpecifiedCommand {

    RPopCommand() {
        super(CommandSpec.of("rpop", -2, Group.LIST)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1)
                .complexity("O(N) where N is the number of elements returned")
                .arguments("key [count:integer]")
                .summary("Remove and get the last elements in a list"));
    }

    @Override
    public void execute(Call call) {
        ListPops.pop(call, ListEnd.RIGHT);
    }
}
