package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** STRLEN key: the length of the string at key, 0 if absent. */
@Component
final class StrlenCommand extends SpecifiedCommand {

    StrlenCommand() {
        super(CommandSpec.of("strlen", 2, Group.STRING)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("2.2.0")
                .summary("Get the length of the value stored in a key"));
    }

    @Override
    public void execute(Call call) {
        Object value = Strings.read(call, call.arg(1));
        call.reply().integer(value == null ? 0 : Strings.length(value));
    }
}
