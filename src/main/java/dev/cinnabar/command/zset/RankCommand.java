package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;

/** ZRANK and ZREVRANK: a member's 0-based position from the lowest or the highest score, or nil. */
abstract class RankCommand extends SpecifiedCommand {

    private final boolean reverse;

    RankCommand(CommandSpec spec, boolean reverse) {
        super(spec);
        this.reverse = reverse;
    }

    @Override
    public final void execute(Call call) {
        SortedSet zset = TypedKeys.read(call, call.arg(1), SortedSet.class);
        byte[] member = call.arg(2);
        double score = zset == null ? Double.NaN : zset.score(member);
        if (Double.isNaN(score)) {
            call.reply().nullBulk();
            return;
        }
        int rank = zset.rank(member, score);
        call.reply().integer(reverse ? zset.size() - 1 - rank : rank);
    }
}
