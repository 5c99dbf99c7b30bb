package dev.cinnabar.command.sort;

import dev.cinnabar.command.AclCategory;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** SORT key [BY pattern] [LIMIT offset count] [GET pattern ...] [ASC|DESC] [ALPHA] [STORE destination]. */
@Component
final class SortCommand extends SpecifiedCommand {

    /** Both forms cost the same. */
    static final String COMPLEXITY = "O(N+M*log(M)) where N is the number of elements in the list or set to sort, "
            + "and M the number of returned elements. When the elements are not sorted, complexity is O(N).";
    /** Redis files SORT under the three types it sorts, and deems it dangerous for its key patterns. */
    static final AclCategory[] CATEGORIES = {AclCategory.SET, AclCategory.SORTEDSET, AclCategory.LIST, AclCategory.DANGEROUS};

    /** The arguments both forms take; SORT adds STORE. */
    static final String ARGUMENTS = "key [BY pattern:pattern] [LIMIT offset:integer count:integer] "
            + "[GET pattern:pattern ...] [ASC|DESC] [ALPHA]";

    private final Sorting sorting;

    SortCommand(Sorting sorting) {
        super(CommandSpec.of("sort", -2, Group.GENERIC)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.MOVABLEKEYS).keys(1, 1, 1).categories(CATEGORIES)
                .complexity(COMPLEXITY)
                .arguments(ARGUMENTS + " [STORE destination:key]")
                .summary("Sort the elements in a list, set or sorted set"));
        this.sorting = sorting;
    }

    @Override
    public void execute(Call call) {
        sorting.run(call, false);
    }
}
