package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import org.springframework.stereotype.Component;

/** MGET key [key ...]: each key's string value; null for a missing key or one of another type. */
@Component
final class MGetCommand extends SpecifiedCommand {

    MGetCommand() {
        super(CommandSpec.of("mget", -2, Group.STRING)
                .flags(Flag.READONLY, Flag.FAST).keys(1, -1, 1)
                .summary("Get the values of all the given keys"));
    }

    @Override
    public void execute(Call call) {
        Database db = call.database();
        call.reply().array(call.argc() - 1);
        for (int i = 1; i < call.argc(); i++) {
            Entry entry = db.read(call.arg(i), call.now());
            Object value = entry == null ? null : entry.value();
            Strings.reply(call.reply(), Strings.isString(value) ? value : null);
        }
    }
}
