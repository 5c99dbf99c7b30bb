package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** DEL key [key ...]: how many of the keys existed and were deleted. */
@Component
final class DelCommand extends SpecifiedCommand {

    DelCommand() {
        super(CommandSpec.of("del", -2, Group.GENERIC)
                .flags(Flag.WRITE).keys(1, -1, 1)
                .summary("Delete a key"));
    }

    @Override
    public void execute(Call call) {
        KeyDeletion.deleteAll(call);
    }
}
