package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.keyspace.RawString;
import org.springframework.stereotype.Component;

/** APPEND key value: appends to the string at key (creating it) and replies with the new length. */
@Component
final class AppendCommand extends SpecifiedCommand {

    private final Settings settings;

    AppendCommand(Settings settings) {
        super(CommandSpec.of("append", 3, Group.STRING)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1).since("2.0.0")
                .summary("Append a value to a key"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        Database db = call.database();
        byte[] key = call.arg(1);
        byte[] tail = call.arg(2);
        Entry entry = db.lookup(key, call.now());
        if (entry == null) {
            db.insert(key, tail);
            call.reply().integer(tail.length);
            return;
        }
        StringWrites.checkLength(settings, Strings.length(Strings.of(entry)), tail.length);
        RawString value = StringWrites.growable(db, entry);
        value.append(tail);
        call.reply().integer(value.length());
    }
}
