package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/** LINDEX key index: the element at the index, or null. */
@Component
final class LIndexCommand extends SpecifiedCommand {

    LIndexCommand() {
        super(CommandSpec.of("lindex", 3, Group.LIST)
                .flags(Flag.READONLY).keys(1, 1, 1)
                .complexity("O(N) where N is the number of elements to traverse to get to the element at index."
                        + " This makes asking for the first or the last element of the list O(1).")
                .arguments("key index:integer")
                .summary("Get an element from a list by its index"));
    }

    @Override
    public void execute(Call call) {
        // Redis looks the key up before it reads the index.
        QuickList list = TypedKeys.read(call, call.arg(1), QuickList.class);
        long index = list == null ? -1 : ListIndex.resolve(call, 2, list);
        if (index < 0) {
            call.reply().nullBulk();
        } else {
            ListReplies.element(call.reply(), list.at(index));
        }
    }
}
