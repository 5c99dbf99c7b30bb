package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** ZADD key [NX|XX] [GT|LT] [CH] [INCR] score member [score member ...]. */
@Component
final class ZAddCommand extends SpecifiedCommand {

    private final Settings settings;

    ZAddCommand(Settings settings) {
        super(CommandSpec.of("zadd", -4, Group.SORTED_SET)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1).since("1.2.0")
                .complexity("O(log(N)) for each item added, where N is the number of elements in the sorted set.")
                .arguments("key [NX|XX] [GT|LT] [CH] [INCR] (score:double member) ...")
                .summary("Add one or more members to a sorted set, or update its score if it already exists"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        ScoreWrites.add(call, settings, false);
    }
}
