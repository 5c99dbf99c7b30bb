package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** RENAMENX key newkey: as RENAME when newkey does not exist; 1 if renamed, else 0. */
@Component
final class RenamenxCommand extends SpecifiedCommand {

    RenamenxCommand() {
        super(CommandSpec.of("renamenx", 3, Group.GENERIC)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 2, 1)
                .summary("Rename a key, only if the new key does not exist"));
    }

    @Override
    public void execute(Call call) {
        Renames.rename(call, true);
    }
}
