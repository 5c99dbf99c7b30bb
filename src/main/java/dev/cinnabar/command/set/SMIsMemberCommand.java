package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

/** SMISMEMBER key member [member ...]: 1 or 0 for each member; an absent key is an empty set. */
@Component
final class SMIsMemberCommand extends SpecifiedCommand {

    SMIsMemberCommand() {
        super(CommandSpec.of("smismember", -3, Group.SET)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("6.2.0")
                .arguments("key member ...")
                .complexity("O(N) where N is the number of elements being checked for membership")
                .summary("Returns the membership associated with the given elements for a set"));
    }

    @Override
    public void execute(Call call) {
        SetValue set = Sets.read(call, 1);
        Reply reply = call.reply();
        reply.array(call.argc() - 2);
        for (int i = 2; i < call.argc(); i++) {
            reply.integer(set != null && set.contains(call.arg(i)) ? 1 : 0);
        }
    }
}
