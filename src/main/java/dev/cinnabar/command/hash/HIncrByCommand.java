package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.resp.Numbers;
import org.springframework.stereotype.Component;

/** HINCRBY key field increment: adds to the field's integer (0 if absent); replies with the sum. */
@Component
final class HIncrByCommand extends SpecifiedCommand {

    private static final RedisError NOT_AN_INTEGER = new RedisError("ERR hash value is not an integer");

    private final Settings settings;

    HIncrByCommand(Settings settings) {
        super(CommandSpec.of("hincrby", 4, Group.HASH)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1).since("2.0.0").complexity("O(1)")
                .arguments("key field increment:integer")
                .summary("Increment the integer value of a hash field by the given number"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        long increment = call.integer(3);
        HashValue hash = Hashes.write(call);
        byte[] stored = Hashes.valueOf(hash, call.arg(2));
        long sum;
        try {
            sum = Math.addExact(stored == null ? 0 : parse(stored), increment);
        } catch (ArithmeticException e) {
            throw RedisError.OVERFLOW;
        }
        Hashes.store(call, hash, call.arg(2), Numbers.decimal(sum), settings);
        call.reply().integer(sum);
    }

    private static long parse(byte[] stored) {
        long value = Numbers.parseLong(stored, Long.MIN_VALUE);
        // Long.MIN_VALUE is both the marker and a valid value: a second parse with another marker tells them apart.
        if (value == Long.MIN_VALUE && Numbers.parseLong(stored, 0) == 0) {
            throw NOT_AN_INTEGER;
        }
        return value;
    }
}
