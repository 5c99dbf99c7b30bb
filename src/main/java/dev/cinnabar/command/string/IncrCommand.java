package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.Command;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import org.springframework.stereotype.Component;

/** INCR key: adds one to the integer at key (0 if absent) and replies with the result. */
@Component
final class IncrCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.of("incr", 2, Group.STRING)
            .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1)
            .summary("Increment the integer value of a key by one");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(Call call) {
        Counters.add(call, 1);
    }
}
