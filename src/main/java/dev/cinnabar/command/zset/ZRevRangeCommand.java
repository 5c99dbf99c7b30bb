package dev.cinnabar.command.zset;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import org.springframework.stereotype.Component;

/** ZREVRANGE key start stop [WITHSCORES]. */
@Component
final class ZRevRangeCommand extends RangeCommand {

    ZRevRangeCommand(Settings settings) {
        super(CommandSpec.of("zrevrange", -4, Group.SORTED_SET)
                .flags(Flag.READONLY).keys(1, 1, 1).since("1.2.0")
                .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.")
                .arguments("key start:integer stop:integer [WITHSCORES]")
                .summary("Return a range of members in a sorted set, by index, with scores ordered from high to low"), By.RANK, Order.REVERSE, false, settings);
    }
}
