package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** SUBSTR key start end: the old name of GETRANGE. */
@Component
final class SubstrCommand extends SpecifiedCommand {

    SubstrCommand() {
        super(CommandSpec.of("substr", 4, Group.STRING)
                .flags(Flag.READONLY).keys(1, 1, 1)
                .summary("Get a substring of the string stored at a key"));
    }

    @Override
    public void execute(Call call) {
        GetRangeCommand.reply(call);
    }
}
