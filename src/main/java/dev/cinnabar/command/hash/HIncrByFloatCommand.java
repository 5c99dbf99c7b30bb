package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.string.LongDouble;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * HINCRBYFLOAT key field increment: adds to the field's number (0 if absent) in long double precision,
 * as INCRBYFLOAT does; replies with the sum in the same format it stores.
 */
@Component
final class HIncrByFloatCommand extends SpecifiedCommand {

    private static final RedisError INFINITE_INCREMENT = new RedisError("ERR value is NaN or Infinity");
    private static final RedisError NOT_A_FLOAT = new RedisError("ERR hash value is not a float");
    private static final RedisError NOT_FINITE = new RedisError("ERR increment would produce NaN or Infinity");

    private final Settings settings;

    HIncrByFloatCommand(Settings settings) {
        super(CommandSpec.of("hincrbyfloat", 4, Group.HASH)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1).since("2.6.0").complexity("O(1)")
                .arguments("key field increment:double")
                .summary("Increment the float value of a hash field by the given amount"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        LongDouble increment = LongDouble.parse(call.arg(3));
        if (!increment.isFinite()) {
            throw INFINITE_INCREMENT;
        }
        HashValue hash = Hashes.write(call);
        byte[] stored = Hashes.valueOf(hash, call.arg(2));
        LongDouble sum = stored == null ? increment : parse(stored).plus(increment);
        if (!sum.isFinite()) {
            throw NOT_FINITE;
        }
        byte[] result = sum.toHumanString().getBytes(StandardCharsets.US_ASCII);
        Hashes.store(call, hash, call.arg(2), result, settings);
        call.reply().bulk(result);
    }

    private static LongDouble parse(byte[] stored) {
        try {
            return LongDouble.parse(stored);
        } catch (RedisError e) {
            throw NOT_A_FLOAT;
        }
    }
}
