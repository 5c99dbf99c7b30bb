package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** DECRBY key decrement: subtracts the decrement from the integer at key and replies with the result. */
@Component
final class DecrByCommand extends SpecifiedCommand {

    /** Negating the smallest long overflows before any value is read. */
    private static final RedisError DECREMENT_OVERFLOW = new RedisError("ERR decrement would overflow");

    DecrByCommand() {
        super(CommandSpec.of("decrby", 3, Group.STRING)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1)
                .summary("Decrement the integer value of a key by the given number"));
    }

    @Override
    public void execute(Call call) {
        long decrement = call.integer(2);
        if (decrement == Long.MIN_VALUE) {
            throw DECREMENT_OVERFLOW;
        }
        Counters.add(call, -decrement);
    }
}
