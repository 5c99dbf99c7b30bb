package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/** LRANGE key start stop: the elements from start to stop, both included; negative indexes count from the tail. */
@Component
final class LRangeCommand extends SpecifiedCommand {

    LRangeCommand() {
        super(CommandSpec.of("lrange", 4, Group.LIST)
                .flags(Flag.READONLY).keys(1, 1, 1)
                .complexity("O(S+N) where S is the distance of start offset from HEAD for small lists, from nearest end"
                        + " (HEAD or TAIL) for large lists; and N is the number of elements in the specified range.")
                .arguments("key start:integer stop:integer")
                .summary("Get a range of elements from a list"));
    }

    @Override
    public void execute(Call call) {
        long start = call.integer(2);
        long stop = call.integer(3);
        QuickList list = TypedKeys.read(call, call.arg(1), QuickList.class);
        ListRange range = ListRange.of(start, stop, list == null ? 0 : list.size());
        if (range.count() == 0) {
            call.reply().array(0);
        } else {
            ListReplies.run(call.reply(), list.at(range.first()), range.count(), true);
        }
    }
}
