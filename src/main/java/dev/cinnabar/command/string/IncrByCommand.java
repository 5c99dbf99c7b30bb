package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** INCRBY key increment: adds the increment to the integer at key and replies with the result. */
@Component
final class IncrByCommand extends SpecifiedCommand {

    IncrByCommand() {
        super(CommandSpec.of("incrby", 3, Group.STRING)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1)
                .summary("Increment the integer value of a key by the given amount"));
    }

    @Override
    public void execute(Call call) {
        Counters.add(call, call.integer(2));
    }
}
