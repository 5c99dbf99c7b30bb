package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Glob;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import dev.cinnabar.command.keys.ScanCommand;
import dev.cinnabar.resp.DoubleFormat;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

/**
 * ZSCAN key cursor [MATCH pattern] [COUNT count]: members and scores (as text, even in RESP3). A listpack
 * comes back whole with cursor 0; a large set is walked bucket by bucket of its hash table.
 */
@Component
final class ZScanCommand extends SpecifiedCommand {

    ZScanCommand() {
        super(CommandSpec.of("zscan", -3, Group.SORTED_SET)
                .flags(Flag.READONLY).keys(1, 1, 1).since("2.8.0").tips("nondeterministic_output")
                .complexity("O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..")
                .arguments("key cursor:integer [MATCH pattern:pattern] [COUNT count:integer]")
                .summary("Incrementally iterate sorted sets elements and associated scores"));
    }

    @Override
    public void execute(Call call) {
        long cursor = ScanCommand.cursor(call.arg(2));
        SortedSet zset = TypedKeys.read(call, call.arg(1), SortedSet.class);
        Reply reply = call.reply();
        if (zset == null) {
            reply.array(2);
            reply.bulk("0");
            reply.array(0);
            return;
        }
        long count = 10;
        byte[] pattern = null;
        for (int i = 3; i < call.argc(); i += 2) {
            if (i + 1 < call.argc() && call.is(i, "count")) {
                count = call.integer(i + 1);
                if (count < 1) {
                    throw RedisError.SYNTAX;
                }
            } else if (i + 1 < call.argc() && call.is(i, "match")) {
                pattern = Glob.matchesAll(call.arg(i + 1)) ? null : call.arg(i + 1);
            } else {
                throw RedisError.SYNTAX;
            }
        }
        ElementList batch = new ElementList(16);
        // Redis counts a member and its score as two of COUNT's items, and walks at most ten buckets per item.
        long bucketBudget = count > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : count * 10;
        do {
            cursor = zset.scan(cursor, batch::add);
        } while (cursor != 0 && bucketBudget-- > 0 && 2L * batch.size() < count);
        ElementList found = pattern == null ? batch : matching(batch, pattern);
        reply.array(2);
        reply.bulk(Long.toUnsignedString(cursor));
        reply.array(2 * found.size());
        for (int i = 0; i < found.size(); i++) {
            reply.bulk(found.member(i));
            reply.bulk(DoubleFormat.format(found.score(i)));
        }
    }

    private static ElementList matching(ElementList batch, byte[] pattern) {
        ElementList found = new ElementList(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            if (Glob.matches(pattern, batch.member(i))) {
                found.add(batch.member(i), batch.score(i));
            }
        }
        return found;
    }
}
