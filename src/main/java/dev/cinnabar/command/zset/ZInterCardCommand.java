package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** ZINTERCARD numkeys key [key ...] [LIMIT limit]. */
@Component
final class ZInterCardCommand extends SpecifiedCommand {

    ZInterCardCommand() {
        super(CommandSpec.of("zintercard", -3, Group.SORTED_SET)
                .flags(Flag.READONLY, Flag.MOVABLEKEYS).since("7.0.0")
                .complexity("O(N*K) worst case with N being the smallest input sorted set, K being the number of input sorted sets.")
                .arguments("numkeys:integer key ... [LIMIT limit:integer]")
                .summary("Intersect multiple sorted sets and return the cardinality of the result"));
    }

    @Override
    public void execute(Call call) {
        SetOperation.intersectionSize(call);
    }
}
