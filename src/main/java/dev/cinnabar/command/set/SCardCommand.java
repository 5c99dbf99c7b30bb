package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** SCARD key: the number of members, 0 for an absent key. */
@Component
final class SCardCommand extends SpecifiedCommand {

    SCardCommand() {
        super(CommandSpec.of("scard", 2, Group.SET)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1)
                .arguments("key").complexity("O(1)")
                .summary("Get the number of members in a set"));
    }

    @Override
    public void execute(Call call) {
        SetValue set = Sets.read(call, 1);
        call.reply().integer(set == null ? 0 : set.size());
    }
}
