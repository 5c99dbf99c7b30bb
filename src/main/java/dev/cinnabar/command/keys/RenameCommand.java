package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.Command;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import org.springframework.stereotype.Component;

/** RENAME key newkey: moves the value and its TTL to newkey, overwriting it. */
@Component
final class RenameCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.of("rename", 3, Group.GENERIC)
            .flags(Flag.WRITE).keys(1, 2, 1)
            .summary("Rename a key");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(Call call) {
        Renames.rename(call, false);
    }
}
