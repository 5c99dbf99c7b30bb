package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/** ZSCORE key member: the member's score, or nil. */
@Component
final class ZScoreCommand extends SpecifiedCommand {

    ZScoreCommand() {
        super(CommandSpec.of("zscore", 3, Group.SORTED_SET)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("1.2.0").complexity("O(1)")
                .arguments("key member")
                .summary("Get the score associated with the given member in a sorted set"));
    }

    @Override
    public void execute(Call call) {
        SortedSet zset = TypedKeys.read(call, call.arg(1), SortedSet.class);
        replyScore(call, zset == null ? Double.NaN : zset.score(call.arg(2)));
    }

    /** A score, or nil for NaN (an absent member). */
    static void replyScore(Call call, double score) {
        if (Double.isNaN(score)) {
            call.reply().nullBulk();
        } else {
            call.reply().doubleValue(score);
        }
    }
}
