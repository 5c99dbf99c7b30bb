package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** UNLINK key [key ...]: as DEL. */
@Component
final class UnlinkCommand extends SpecifiedCommand {

    UnlinkCommand() {
        super(CommandSpec.of("unlink", -2, Group.GENERIC)
                .flags(Flag.WRITE, Flag.FAST).keys(1, -1, 1).since("4.0.0")
                .summary("Delete a key asynchronously in another thread. Otherwise it is just as DEL, but non blocking."));
    }

    @Override
    public void execute(Call call) {
        KeyDeletion.deleteAll(call);
    }
}
