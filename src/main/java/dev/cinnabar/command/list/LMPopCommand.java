package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** LMPOP numkeys key [key ...] LEFT|RIGHT [COUNT count]: pops from the first non-empty list, replying [key, elements]. */
@Component
final class LMPopCommand extends SpecifiedCommand {

    LMPopCommand() {
        super(CommandSpec.of("lmpop", -4, Group.LIST)
                .flags(Flag.WRITE, Flag.MOVABLEKEYS).since("7.0.0")
                .complexity("O(N+M) where N is the number of provided keys and M is the number of elements returned.")
                .arguments("numkeys:integer key ... (LEFT|RIGHT) [COUNT count:integer]")
                .summary("Pop elements from a list"));
    }

    @Override
    public void execute(Call call) {
        if (!MultiPop.parse(call, 1).popFirstList(call)) {
            call.reply().nullArray();
        }
    }
}
