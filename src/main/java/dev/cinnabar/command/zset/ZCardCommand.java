package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/** ZCARD key: the number of members, 0 for a missing key. */
@Component
final class ZCardCommand extends SpecifiedCommand {

    ZCardCommand() {
        super(CommandSpec.of("zcard", 2, Group.SORTED_SET)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("1.2.0").complexity("O(1)")
                .arguments("key")
                .summary("Get the number of members in a sorted set"));
    }

    @Override
    public void execute(Call call) {
        SortedSet zset = TypedKeys.read(call, call.arg(1), SortedSet.class);
        call.reply().integer(zset == null ? 0 : zset.size());
    }
}
