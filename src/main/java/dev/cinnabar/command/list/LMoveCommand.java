package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
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
        ListEnd from = ListEnd.parse(call, 3);
        ListEnd to = ListEnd.parse(call, 4);
        QuickList source = TypedKeys.write(call, call.arg(1), QuickList.class);
        if (source == null) {
            call.reply().nullBulk();
        } else {
            lists.move(call, call.arg(1), source, call.arg(2), from, to);
        }
    }
}
