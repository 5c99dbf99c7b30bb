package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/** INCRBYFLOAT key increment: adds to the number at key in long double precision; replies with the result. */
@Component
final class IncrByFloatCommand extends SpecifiedCommand {

    private static final RedisError NOT_FINITE = new RedisError("ERR increment would produce NaN or Infinity");

    IncrByFloatCommand() {
        super(CommandSpec.of("incrbyfloat", 3, Group.STRING)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1).since("2.6.0")
                .summary("Increment the float value of a key by the given amount"));
    }

    @Override
    public void execute(Call call) {
        Database db = call.database();
        byte[] key = call.arg(1);
        Entry entry = db.lookup(key, call.now());
        LongDouble value = entry == null ? LongDouble.ZERO : LongDouble.parse(Strings.bytes(Strings.of(entry)));
        LongDouble sum = value.plus(LongDouble.parse(call.arg(2)));
        if (!sum.isFinite()) {
            throw NOT_FINITE;
        }
        byte[] result = sum.toHumanString().getBytes(StandardCharsets.US_ASCII);
        StringWrites.overwrite(db, entry, key, result);
        call.reply().bulk(result);
    }
}
