package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import org.springframework.stereotype.Component;

/** GETSET key value: sets the value (dropping any TTL) and replies with the old one, or null. */
@Component
final class GetSetCommand extends SpecifiedCommand {

    GetSetCommand() {
        super(CommandSpec.of("getset", 3, Group.STRING)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1)
                .summary("Set the string value of a key and return its old value"));
    }

    @Override
    public void execute(Call call) {
        Database db = call.database();
        byte[] key = call.arg(1);
        Entry entry = db.read(key, call.now());
        Strings.reply(call.reply(), entry == null ? null : Strings.of(entry));
        StringWrites.store(db, entry, key, call.arg(2), Entry.NO_EXPIRY, false);
    }
}
