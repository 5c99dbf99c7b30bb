package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** GET key: the string value, or null. */
@Component
final class GetCommand extends SpecifiedCommand {

    GetCommand() {
        super(CommandSpec.of("get", 2, Group.STRING)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1)
                .summary("Get the value of a key"));
    }

    @Override
    public void execute(Call call) {
        Strings.reply(call.reply(), Strings.read(call, call.arg(1)));
    }
}
