package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.ScanOptions;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
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
        long cursor = ScanOptions.cursor(call.arg(2));
        SortedSet zset = TypedKeys.read(call, call.arg(1), SortedSet.class);
        Reply reply = call.reply();
        if (zset == null) {
            reply.array(2);
            reply.bulk("0");
            reply.array(0);
            return;
        }
        // Options are read only once the key is known to be a sorted set, so an absent key ignores bad ones, as in Redis.
        ScanOptions options = ScanOptions.parse(call, 3, false);
        ElementList batch = new ElementList(16);
        // Like Redis 7.0, COUNT bounds the elements collected before matching, a member and its score counting two.
        long bucketBudget = options.bucketBudget();
        do {
            cursor = zset.scan(cursor, batch::add);
        } while (cursor != 0 && bucketBudget-- > 0 && 2L * batch.size() < options.count());
        ElementList found = new ElementList(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            if (options.matches(batch.member(i))) {
                found.add(batch.member(i), batch.score(i));
            }
        }
        reply.array(2);
        reply.bulk(Long.toUnsignedString(cursor));
        reply.array(2 * found.size());
        for (int i = 0; i < found.size(); i++) {
            reply.bulk(found.member(i));
            reply.bulk(DoubleFormat.format(found.score(i)));
        }
    }
}
