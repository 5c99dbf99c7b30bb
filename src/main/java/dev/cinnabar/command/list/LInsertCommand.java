package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/**
 * LINSERT key BEFORE|AFTER pivot element: inserts next to the first element equal to the pivot and
 * replies with the new length; -1 when no element matches, 0 when the key is absent.
 */
@Component
final class LInsertCommand extends SpecifiedCommand {

    LInsertCommand() {
        super(CommandSpec.of("linsert", 5, Group.LIST)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, 1, 1).since("2.2.0")
                .complexity("O(N) where N is the number of elements to traverse before seeing the value pivot."
                        + " This means that inserting somewhere on the left end on the list (head) can be considered"
                        + " O(1) and inserting somewhere on the right end (tail) is O(N).")
                .arguments("key (BEFORE|AFTER) pivot element")
                .summary("Insert an element before or after another element in a list"));
    }

    @Override
    public void execute(Call call) {
        boolean after;
        if (call.is(2, "AFTER")) {
            after = true;
        } else if (call.is(2, "BEFORE")) {
            after = false;
        } else {
            throw RedisError.SYNTAX;
        }
        QuickList list = TypedKeys.write(call, call.arg(1), QuickList.class);
        if (list == null) {
            call.reply().integer(0);
            return;
        }
        byte[] pivot = call.arg(3);
        for (QuickList.Cursor cursor = list.first(); cursor.valid(); cursor.move(true)) {
            if (cursor.matches(pivot)) {
                cursor.insert(call.arg(4), after);
                call.reply().integer(list.size());
                return;
            }
        }
        call.reply().integer(-1);
    }
}
