package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import org.springframework.stereotype.Component;

/** TOUCH key [key ...]: marks the keys accessed; replies how many exist. */
@Component
final class TouchCommand extends SpecifiedCommand {

    TouchCommand() {
        super(CommandSpec.of("touch", -2, Group.GENERIC)
                .flags(Flag.READONLY, Flag.FAST).keys(1, -1, 1).since("3.2.1")
                .summary("Alters the last access time of a key(s). Returns the number of existing keys specified."));
    }

    @Override
    public void execute(Call call) {
        Database db = call.database();
        long touched = 0;
        for (int i = 1; i < call.argc(); i++) {
            if (db.read(call.arg(i), call.now()) != null) {
                touched++;
            }
        }
        call.reply().integer(touched);
    }
}
