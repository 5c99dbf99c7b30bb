package dev.cinnabar.command.zset;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import org.springframework.stereotype.Component;

/** ZRANGE key start stop [BYSCORE|BYLEX] [REV] [LIMIT offset count] [WITHSCORES]. */
@Component
final class ZRangeCommand extends RangeCommand {

    ZRangeCommand(Settings settings) {
        super(CommandSpec.of("zrange", -4, Group.SORTED_SET)
                .flags(Flag.READONLY).keys(1, 1, 1).since("1.2.0")
                .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.")
                .arguments("key start stop [BYSCORE|BYLEX] [REV] [LIMIT (offset:integer count:integer)] [WITHSCORES]")
                .summary("Return a range of members in a sorted set"), By.CHOSEN, Order.CHOSEN, false, settings);
    }
}
