package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import org.springframework.stereotype.Component;

/** SETNX key value: sets the key if it does not exist (1), else nothing (0). */
@Component
final class SetNxCommand extends SpecifiedCommand {

    SetNxCommand() {
        super(CommandSpec.of("setnx", 3, Group.STRING)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1)
                .summary("Set the value of a key, only if the key does not exist"));
    }

    @Override
    public void execute(Call call) {
        Database db = call.database();
        byte[] key = call.arg(1);
        if (db.lookup(key, call.now()) != null) {
            call.reply().integer(0);
            return;
        }
        db.insert(key, call.arg(2));
        call.reply().integer(1);
    }
}
