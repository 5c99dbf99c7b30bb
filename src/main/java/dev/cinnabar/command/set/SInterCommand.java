package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** SINTER key [key ...]: the members common to all the sets, in the order of the smallest; empty if any is absent. */
@Component
final class SInterCommand extends SpecifiedCommand {

    SInterCommand() {
        super(CommandSpec.of("sinter", -2, Group.SET)
                .flags(Flag.READONLY).keys(1, -1, 1).tips("nondeterministic_output_order")
                .arguments("key ...")
                .complexity("O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.")
                .summary("Intersect multiple sets"));
    }

    @Override
    public void execute(Call call) {
        SetValue[] sets = SetAlgebra.sources(call, 1, call.argc());
        List<byte[]> common = new ArrayList<>();
        if (!SetAlgebra.anyAbsent(sets)) {
            SetAlgebra.intersect(sets, (set, index) -> common.add(set.member(index)));
        }
        Reply reply = call.reply();
        reply.set(common.size());
        common.forEach(reply::bulk);
    }
}
