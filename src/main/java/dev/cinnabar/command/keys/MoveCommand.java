package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import org.springframework.stereotype.Component;

/** MOVE key db: moves the key and its TTL to another database unless it exists there; 1 if moved. */
@Component
final class MoveCommand extends SpecifiedCommand {

    MoveCommand() {
        super(CommandSpec.of("move", 3, Group.GENERIC)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1)
                .summary("Move a key to another database"));
    }

    @Override
    public void execute(Call call) {
        Database target = DbArgs.database(call, 2);
        Database source = call.database();
        if (source == target) {
            throw DbArgs.SAME_OBJECT;
        }
        byte[] key = call.arg(1);
        Entry entry = source.lookup(key, call.now());
        if (entry == null || target.lookup(key, call.now()) != null) {
            call.reply().integer(0);
            return;
        }
        Entry moved = target.insert(key, entry.value());
        if (entry.hasExpiry()) {
            target.expireAt(moved, entry.expireAt());
        }
        source.remove(entry);
        call.reply().integer(1);
    }
}
