package dev.cinnabar.command.zset;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import org.springframework.stereotype.Component;

/** ZCOUNT key min max: members with scores in the range. */
@Component
final class ZCountCommand extends CountCommand {

    ZCountCommand() {
        super(CommandSpec.of("zcount", 4, Group.SORTED_SET)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("2.0.0")
                .complexity("O(log(N)) with N being the number of elements in the sorted set.")
                .arguments("key min:double max:double")
                .summary("Count the members in a sorted set with scores within the given values"));
    }

    @Override
    Range range(byte[] min, byte[] max) {
        return Range.ofScores(min, max);
    }
}
