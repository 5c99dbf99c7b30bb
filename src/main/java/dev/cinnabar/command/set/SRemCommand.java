package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/** SREM key member [member ...]: removes the members; the number that were there. */
@Component
final class SRemCommand extends SpecifiedCommand {

    SRemCommand() {
        super(CommandSpec.of("srem", -3, Group.SET)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1)
                .arguments("key member ...")
                .complexity("O(N) where N is the number of members to be removed.")
                .summary("Remove one or more members from a set"));
    }

    @Override
    public void execute(Call call) {
        SetValue set = Sets.write(call, 1);
        int removed = 0;
        if (set != null) {
            for (int i = 2; i < call.argc() && !set.isEmpty(); i++) {
                if (set.remove(call.arg(i))) {
                    removed++;
                }
            }
            TypedKeys.removeIfEmpty(call, call.arg(1), set);
        }
        call.reply().integer(removed);
    }
}
