package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import org.springframework.stereotype.Component;

/** PERSIST key: 1 if the key's deadline was removed, 0 if it had none or is absent. */
@Component
final class PersistCommand extends SpecifiedCommand {

    PersistCommand() {
        super(CommandSpec.of("persist", 2, Group.GENERIC)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1).since("2.2.0")
                .summary("Remove the expiration from a key"));
    }

    @Override
    public void execute(Call call) {
        Database db = call.database();
        Entry entry = db.lookup(call.arg(1), call.now());
        call.reply().integer(entry != null && db.persist(entry) ? 1 : 0);
    }
}
