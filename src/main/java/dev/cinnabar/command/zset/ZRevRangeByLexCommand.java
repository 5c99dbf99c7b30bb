package dev.cinnabar.command.zset;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import org.springframework.stereotype.Component;

/** ZREVRANGEBYLEX key max min [LIMIT offset count]. */
@Component
final class ZRevRangeByLexCommand extends RangeCommand {

    ZRevRangeByLexCommand(Settings settings) {
        super(CommandSpec.of("zrevrangebylex", -4, Group.SORTED_SET)
                .flags(Flag.READONLY).keys(1, 1, 1).since("2.8.9")
                .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).")
                .arguments("key max min [LIMIT (offset:integer count:integer)]")
                .summary("Return a range of members in a sorted set, by lexicographical range, ordered from higher to lower strings."), By.LEX, Order.REVERSE, false, settings);
    }
}
