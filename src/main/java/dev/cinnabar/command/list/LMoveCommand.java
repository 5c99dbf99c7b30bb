package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** LMOVE source destination LEFT|RIGHT LEFT|RIGHT: pops from one end of source, pushes at one end of destination. */
@Component
final class LMoveCommand extends SpecifiedCommand {

    private final Lists lists;

    LMoveCommand(Lists lists) {
        super(CommandSpec.of("lmove", 5, Group.LIST)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, 2, 1).since("6.2.0").complexity("O(1)")
                .arguments("source:key destination:key (LEFT|RIGHT) (LEFT|RIGHT)")
                .summary("Pop an element from a list, push it to another list and return it"));
        this.lists = lists;
    }

    @Override
    public void execute(Call call) {
        lists.move(call, ListEnd.parse(call, 3), ListEnd.parse(call, 4));
    }
}
