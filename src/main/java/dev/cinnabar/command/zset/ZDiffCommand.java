package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** ZDIFF numkeys key [key ...] [WITHSCORES]: the members of the first set that are in none of the others. */
@Component
final class ZDiffCommand extends SpecifiedCommand {

    ZDiffCommand() {
        super(CommandSpec.of("zdiff", -3, Group.SORTED_SET)
                .flags(Flag.READONLY, Flag.MOVABLEKEYS).since("6.2.0")
                .complexity("O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.")
                .arguments("numkeys:integer key ... [WITHSCORES]")
                .summary("Subtract multiple sorted sets"));
    }

    @Override
    public void execute(Call call) {
        SetOperation.reply(call, SetOperation.Kind.DIFF);
    }
}
