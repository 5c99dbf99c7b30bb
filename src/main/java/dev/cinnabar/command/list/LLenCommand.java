package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/** LLEN key: the list's length, 0 when absent. */
@Component
final class LLenCommand extends SpecifiedCommand {

    LLenCommand() {
        super(CommandSpec.of("llen", 2, Group.LIST)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).complexity("O(1)").arguments("key")
                .summary("Get the length of a list"));
    }

    @Override
    public void execute(Call call) {
        QuickList list = TypedKeys.read(call, call.arg(1), QuickList.class);
        call.reply().integer(list == null ? 0 : list.size());
    }
}
