package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** RENAME key newkey: moves the value and its TTL to newkey, overwriting it. */
@Component
final class RenameCommand extends SpecifiedCommand {

    RenameCommand() {
        super(CommandSpec.of("rename", 3, Group.GENERIC)
                .flags(Flag.WRITE).keys(1, 2, 1)
                .summary("Rename a key"));
    }

    @Override
    public void execute(Call call) {
        Renames.rename(call, false);
    }
}
