package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** SISMEMBER key member: 1 if the set holds the member, else 0. */
@Component
final class SIsMemberCommand extends SpecifiedCommand {

    SIsMemberCommand() {
        super(CommandSpec.of("sismember", 3, Group.SET)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1)
                .arguments("key member").complexity("O(1)")
                .summary("Determine if a given value is a member of a set"));
    }

    @Override
    public void execute(Call call) {
        SetValue set = Sets.read(call, 1);
        call.reply().integer(set != null && set.contains(call.arg(2)) ? 1 : 0);
    }
}
