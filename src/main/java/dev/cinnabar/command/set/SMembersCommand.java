package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** SMEMBERS key: every member, an intset's in ascending order. */
@Component
final class SMembersCommand extends SpecifiedCommand {

    SMembersCommand() {
        super(CommandSpec.of("smembers", 2, Group.SET)
                .flags(Flag.READONLY).keys(1, 1, 1).tips("nondeterministic_output_order")
                .arguments("key")
                .complexity("O(N) where N is the set cardinality.")
                .summary("Get all the members in a set"));
    }

    @Override
    public void execute(Call call) {
        SetValue set = Sets.read(call, 1);
        if (set == null) {
            call.reply().set(0);
        } else {
            Sets.reply(call.reply(), set);
        }
    }
}
