package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;

/** ZREMRANGEBYRANK, ZREMRANGEBYSCORE and ZREMRANGEBYLEX: remove a range, reply how many went. */
abstract class RemoveRangeCommand extends SpecifiedCommand {

    RemoveRangeCommand(String name, String since, String arguments, String summary) {
        super(CommandSpec.of(name, 4, Group.SORTED_SET)
                .flags(Flag.WRITE).keys(1, 1, 1).since(since)
                .complexity("O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.")
                .arguments(arguments).summary(summary));
    }

    /** The selection the two range arguments describe; checked before the key is looked at. */
    abstract Span span(Call call);

    @Override
    public final void execute(Call call) {
        Span span = span(call);
        byte[] key = call.arg(1);
        SortedSet zset = TypedKeys.write(call, key, SortedSet.class);
        if (zset == null) {
            call.reply().integer(0);
            return;
        }
        Span.Ranks ranks = span.ranks(zset);
        int removed = ranks.length();
        if (removed > 0) {
            zset.removeRange(ranks.from(), removed);
            TypedKeys.removeIfEmpty(call, key, zset);
        }
        call.reply().integer(removed);
    }
}
