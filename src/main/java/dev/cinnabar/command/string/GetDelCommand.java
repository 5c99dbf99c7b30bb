package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import org.springframework.stereotype.Component;

/** GETDEL key: the string value (or null), and the key is deleted. */
@Component
final class GetDelCommand extends SpecifiedCommand {

    GetDelCommand() {
        super(CommandSpec.of("getdel", 2, Group.STRING)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1).since("6.2.0")
                .summary("Get the value of a key and delete the key"));
    }

    @Override
    public void execute(Call call) {
        Database db = call.database();
        Entry entry = db.read(call.arg(1), call.now());
        if (entry == null) {
            call.reply().nullBulk();
            return;
        }
        Strings.reply(call.reply(), Strings.of(entry));
        db.remove(entry);
    }
}
