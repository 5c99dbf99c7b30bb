package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.Command;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import org.springframework.stereotype.Component;

/** DEL key [key ...]: how many of the keys existed and were deleted. */
@Component
final class DelCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.of("del", -2, Group.GENERIC)
            .flags(Flag.WRITE).keys(1, -1, 1)
            .summary("Delete a key");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(Call call) {
        KeyDeletion.deleteAll(call);
    }
}
