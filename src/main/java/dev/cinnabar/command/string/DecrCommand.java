package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** DECR key: subtracts one from the integer at key (0 if absent) and replies with the result. */
@Component
final class DecrCommand extends SpecifiedCommand {

    DecrCommand() {
        super(CommandSpec.of("decr", 2, Group.STRING)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1)
                .summary("Decrement the integer value of a key by one"));
    }

    @Override
    public void execute(Call call) {
        Counters.add(call, -1);
    }
}
