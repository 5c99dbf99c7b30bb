package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** ZINTER numkeys key [key ...] [WEIGHTS weight ...] [AGGREGATE SUM|MIN|MAX] [WITHSCORES]. */
@Component
final class ZInterCommand extends SpecifiedCommand {

    ZInterCommand() {
        super(CommandSpec.of("zinter", -3, Group.SORTED_SET)
                .flags(Flag.READONLY, Flag.MOVABLEKEYS).since("6.2.0")
                .complexity("O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.")
                .arguments("numkeys:integer key ... [WEIGHTS weight:integer ...] [AGGREGATE (SUM|MIN|MAX)] [WITHSCORES]")
                .summary("Intersect multiple sorted sets"));
    }

    @Override
    public void execute(Call call) {
        SetOperation.reply(call, SetOperation.Kind.INTER);
    }
}
