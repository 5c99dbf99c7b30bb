package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/**
 * LREM key count element: removes elements equal to the element, at most count of them from the head
 * (count &gt; 0), from the tail (count &lt; 0), or all (0); replies how many went.
 */
@Component
final class LRemCommand extends SpecifiedCommand {

    LRemCommand() {
        super(CommandSpec.of("lrem", 4, Group.LIST)
                .flags(Flag.WRITE).keys(1, 1, 1)
                .complexity("O(N+M) where N is the length of the list and M is the number of elements removed.")
                .arguments("key count:integer element")
                .summary("Remove elements from a list"));
    }

    @Override
    public void execute(Call call) {
        long limit = call.integer(2);
        byte[] key = call.arg(1);
        QuickList list = TypedKeys.write(call, key, QuickList.class);
        if (list == null) {
            call.reply().integer(0);
            return;
        }
        boolean towardsTail = limit >= 0;
        // As in Redis, negating Long.MIN_VALUE leaves it negative, so that limit is never reached.
        limit = Math.abs(limit);
        byte[] element = call.arg(3);
        long removed = 0;
        QuickList.Cursor cursor = towardsTail ? list.first() : list.last();
        while (cursor.valid()) {
            if (cursor.matches(element)) {
                cursor.remove(towardsTail);
                removed++;
                if (removed == limit) {
                    break;
                }
            } else {
                cursor.move(towardsTail);
            }
        }
        TypedKeys.removeIfEmpty(call, key, list);
        call.reply().integer(removed);
    }
}
