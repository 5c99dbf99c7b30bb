package dev.cinnabar.command.zset;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import org.springframework.stereotype.Component;

/** ZLEXCOUNT key min max: members in the lexicographical range (of a set whose scores are all equal). */
@Component
final class ZLexCountCommand extends CountCommand {

    ZLexCountCommand() {
        super(CommandSpec.of("zlexcount", 4, Group.SORTED_SET)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("2.8.9")
                .complexity("O(log(N)) with N being the number of elements in the sorted set.")
                .arguments("key min max")
                .summary("Count the number of members in a sorted set between a given lexicographical range"));
    }

    @Override
    Range range(byte[] min, byte[] max) {
        return Range.ofMembers(min, max);
    }
}
