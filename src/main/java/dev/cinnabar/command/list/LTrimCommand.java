package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/** LTRIM key start stop: keeps only the elements LRANGE would return, deleting the key if none remain. */
@Component
final class LTrimCommand extends SpecifiedCommand {

    LTrimCommand() {
        super(CommandSpec.of("ltrim", 4, Group.LIST)
                .flags(Flag.WRITE).keys(1, 1, 1)
                .complexity("O(N) where N is the number of elements to be removed by the operation.")
                .arguments("key start:integer stop:integer")
                .summary("Trim a list to the specified range"));
    }

    @Override
    public void execute(Call call) {
        long start = call.integer(2);
        long stop = call.integer(3);
        byte[] key = call.arg(1);
        QuickList list = TypedKeys.write(call, key, QuickList.class);
        if (list != null) {
            ListRange range = ListRange.of(start, stop, list.size());
            list.removeLast(list.size() - range.first() - range.count());
            list.removeFirst(range.first());
            TypedKeys.removeIfEmpty(call, key, list);
        }
        call.reply().ok();
    }
}
