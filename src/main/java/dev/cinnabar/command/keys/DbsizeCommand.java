package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** DBSIZE: the number of keys in the table, counting expired keys nothing has deleted yet, as Redis. */
@Component
final class DbsizeCommand extends SpecifiedCommand {

    DbsizeCommand() {
        super(CommandSpec.of("dbsize", 1, Group.SERVER)
                .flags(Flag.READONLY, Flag.FAST)
                .summary("Return the number of keys in the selected database"));
    }

    @Override
    public void execute(Call call) {
        call.reply().integer(call.database().size());
    }
}
