package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/** LSET key index element: replaces the element at the index. */
@Component
final class LSetCommand extends SpecifiedCommand {

    private static final RedisError OUT_OF_RANGE = new RedisError("ERR index out of range");

    LSetCommand() {
        super(CommandSpec.of("lset", 4, Group.LIST)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, 1, 1)
                .complexity("O(N) where N is the length of the list. Setting either the first or the last element of the list is O(1).")
                .arguments("key index:integer element")
                .summary("Set the value of an element in a list by its index"));
    }

    @Override
    public void execute(Call call) {
        QuickList list = TypedKeys.write(call, call.arg(1), QuickList.class);
        if (list == null) {
            throw RedisError.NO_SUCH_KEY;
        }
        long index = ListIndex.resolve(call, 2, list);
        if (index < 0) {
            throw OUT_OF_RANGE;
        }
        list.at(index).replace(call.arg(3));
        call.reply().ok();
    }
}
