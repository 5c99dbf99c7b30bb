package dev.cinnabar.command.sort;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** SORT_RO: SORT without STORE, which a read-only replica or script may run. */
@Component
final class SortRoCommand extends SpecifiedCommand {

    private final Sorting sorting;

    SortRoCommand(Sorting sorting) {
        super(CommandSpec.of("sort_ro", -2, Group.GENERIC)
                .flags(Flag.READONLY, Flag.MOVABLEKEYS).keys(1, 1, 1).categories(SortCommand.CATEGORIES)
                .since("7.0.0").complexity(SortCommand.COMPLEXITY)
                .arguments(SortCommand.ARGUMENTS)
                .summary("Sort the elements in a list, set or sorted set. Read-only variant of SORT."));
        this.sorting = sorting;
    }

    @Override
    public void execute(Call call) {
        sorting.run(call, true);
    }
}
