package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import org.springframework.stereotype.Component;

/** EXISTS key [key ...]: how many of the arguments name a live key, a repeated key counting each time. */
@Component
final class ExistsCommand extends SpecifiedCommand {

    ExistsCommand() {
        super(CommandSpec.of("exists", -2, Group.GENERIC)
                .flags(Flag.READONLY, Flag.FAST).keys(1, -1, 1)
                .summary("Determine if a key exists"));
    }

    @Override
    public void execute(Call call) {
        Database db = call.database();
        long found = 0;
        for (int i = 1; i < call.argc(); i++) {
            if (db.peek(call.arg(i), call.now()) != null) {
                found++;
            }
        }
        call.reply().integer(found);
    }
}
