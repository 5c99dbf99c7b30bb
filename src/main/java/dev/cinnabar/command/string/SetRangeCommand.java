package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.keyspace.RawString;
import org.springframework.stereotype.Component;

/** SETRANGE key offset value: writes value at offset (zero-padding) and replies with the new length. */
@Component
final class SetRangeCommand extends SpecifiedCommand {

    private static final RedisError OUT_OF_RANGE = new RedisError("ERR offset is out of range");

    private final Settings settings;

    SetRangeCommand(Settings settings) {
        super(CommandSpec.of("setrange", 4, Group.STRING)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, 1, 1).since("2.2.0")
                .summary("Overwrite part of a string at key starting at the specified offset"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        long offset = call.integer(2);
        if (offset < 0) {
            throw OUT_OF_RANGE;
        }
        Database db = call.database();
        byte[] key = call.arg(1);
        byte[] data = call.arg(3);
        Entry entry = db.lookup(key, call.now());
        Object value = entry == null ? null : Strings.of(entry);
        if (data.length == 0) {
            call.reply().integer(value == null ? 0 : Strings.length(value));
            return;
        }
        StringWrites.checkLength(settings, offset, data.length);
        RawString target;
        if (entry == null) {
            target = new RawString(new byte[0], 0);
            db.insert(key, target);
        } else {
            target = StringWrites.growable(db, entry);
        }
        target.writeAt((int) offset, data);
        call.reply().integer(target.length());
    }
}
