package dev.cinnabar.command.zset;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import org.springframework.stereotype.Component;

/** ZREVRANK key member. */
@Component
final class ZRevRankCommand extends RankCommand {

    ZRevRankCommand() {
        super(CommandSpec.of("zrevrank", 3, Group.SORTED_SET)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("2.0.0").complexity("O(log(N))")
                .arguments("key member")
                .summary("Determine the index of a member in a sorted set, with scores ordered from high to low"), true);
    }
}
