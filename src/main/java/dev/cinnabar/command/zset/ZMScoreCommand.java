package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/** ZMSCORE key member [member ...]: each member's score, or nil. */
@Component
final class ZMScoreCommand extends SpecifiedCommand {

    ZMScoreCommand() {
        super(CommandSpec.of("zmscore", -3, Group.SORTED_SET)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("6.2.0")
                .complexity("O(N) where N is the number of members being requested.")
                .arguments("key member ...")
                .summary("Get the score associated with the given members in a sorted set"));
    }

    @Override
    public void execute(Call call) {
        SortedSet zset = TypedKeys.read(call, call.arg(1), SortedSet.class);
        call.reply().array(call.argc() - 2);
        for (int i = 2; i < call.argc(); i++) {
            ZScoreCommand.replyScore(call, zset == null ? Double.NaN : zset.score(call.arg(i)));
        }
    }
}
