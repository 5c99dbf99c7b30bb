package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** ZINCRBY key increment member: adds to the member's score (from 0 if absent) and replies with the new score. */
@Component
final class ZIncrByCommand extends SpecifiedCommand {

    private final Settings settings;

    ZIncrByCommand(Settings settings) {
        super(CommandSpec.of("zincrby", 4, Group.SORTED_SET)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1).since("1.2.0")
                .complexity("O(log(N)) where N is the number of elements in the sorted set.")
                .arguments("key increment:integer member")
                .summary("Increment the score of a member in a sorted set"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        ScoreWrites.add(call, settings, true);
    }
}
