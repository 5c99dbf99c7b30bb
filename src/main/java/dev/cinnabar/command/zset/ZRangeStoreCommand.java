package dev.cinnabar.command.zset;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import org.springframework.stereotype.Component;

/** ZRANGESTORE dst src min max [BYSCORE|BYLEX] [REV] [LIMIT offset count]. */
@Component
final class ZRangeStoreCommand extends RangeCommand {

    ZRangeStoreCommand(Settings settings) {
        super(CommandSpec.of("zrangestore", -5, Group.SORTED_SET)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, 2, 1).since("6.2.0")
                .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements stored into the destination key.")
                .arguments("dst:key src:key min max [BYSCORE|BYLEX] [REV] [LIMIT (offset:integer count:integer)]")
                .summary("Store a range of members from sorted set into another key"), By.CHOSEN, Order.CHOSEN, true, settings);
    }
}
