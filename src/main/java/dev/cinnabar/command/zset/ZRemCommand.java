package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/** ZREM key member [member ...]: removes members, replies how many were present. */
@Component
final class ZRemCommand extends SpecifiedCommand {

    ZRemCommand() {
        super(CommandSpec.of("zrem", -3, Group.SORTED_SET)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1).since("1.2.0")
                .complexity("O(M*log(N)) with N being the number of elements in the sorted set and M the number of elements to be removed.")
                .arguments("key member ...")
                .summary("Remove one or more members from a sorted set"));
    }

    @Override
    public void execute(Call call) {
        byte[] key = call.arg(1);
        SortedSet zset = TypedKeys.write(call, key, SortedSet.class);
        int removed = 0;
        for (int i = 2; zset != null && i < call.argc(); i++) {
            if (zset.remove(call.arg(i))) {
                removed++;
            }
        }
        if (zset != null) {
            TypedKeys.removeIfEmpty(call, key, zset);
        }
        call.reply().integer(removed);
    }
}
