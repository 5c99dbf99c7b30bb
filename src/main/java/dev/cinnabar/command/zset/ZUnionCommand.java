package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** ZUNION numkeys key [key ...] [WEIGHTS weight ...] [AGGREGATE SUM|MIN|MAX] [WITHSCORES]. */
@Component
final class ZUnionCommand extends SpecifiedCommand {

    ZUnionCommand() {
        super(CommandSpec.of("zunion", -3, Group.SORTED_SET)
                .flags(Flag.READONLY, Flag.MOVABLEKEYS).since("6.2.0")
                .complexity("O(N)+O(M*log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.")
                .arguments("numkeys:integer key ... [WEIGHTS weight:integer ...] [AGGREGATE (SUM|MIN|MAX)] [WITHSCORES]")
                .summary("Add multiple sorted sets"));
    }

    @Override
    public void execute(Call call) {
        SetOperation.reply(call, SetOperation.Kind.UNION);
    }
}
