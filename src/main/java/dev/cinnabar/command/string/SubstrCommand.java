package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.Command;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import org.springframework.stereotype.Component;

/** SUBSTR key start end: the old name of GETRANGE. */
@Component
final class SubstrCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.of("substr", 4, Group.STRING)
            .flags(Flag.READONLY).keys(1, 1, 1)
            .summary("Get a substring of the string stored at a key");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(Call call) {
        GetRangeCommand.reply(call);
    }
}
