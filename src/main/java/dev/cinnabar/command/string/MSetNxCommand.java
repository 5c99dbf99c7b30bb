package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import org.springframework.stereotype.Component;

/** MSETNX key value [key value ...]: sets every key if none exists (1), else nothing (0). */
@Component
final class MSetNxCommand extends SpecifiedCommand {

    MSetNxCommand() {
        super(CommandSpec.of("msetnx", -3, Group.STRING)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, -1, 2).since("1.0.1")
                .summary("Set multiple keys to multiple values, only if none of the keys exist"));
    }

    @Override
    public void execute(Call call) {
        StringWrites.checkPairs(call);
        Database db = call.database();
        for (int i = 1; i < call.argc(); i += 2) {
            if (db.lookup(call.arg(i), call.now()) != null) {
                call.reply().integer(0);
                return;
            }
        }
        StringWrites.storePairs(call);
        call.reply().integer(1);
    }
}
