package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.Command;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import org.springframework.stereotype.Component;

/** DBSIZE: the number of keys in the table, counting expired keys nothing has deleted yet, as Redis. */
@Component
final class DbsizeCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.of("dbsize", 1, Group.SERVER)
            .flags(Flag.READONLY, Flag.FAST)
            .summary("Return the number of keys in the selected database");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(Call call) {
        call.reply().integer(call.database().size());
    }
}
