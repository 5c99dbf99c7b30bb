package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Glob;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.keys.ScanCommand;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * SSCAN key cursor [MATCH pattern] [COUNT count]: the next cursor and a batch of members. An intset
 * comes whole with cursor 0; a table a few buckets at a time, as SCAN walks the keyspace.
 */
@Component
final class SScanCommand extends SpecifiedCommand {

    SScanCommand() {
        super(CommandSpec.of("sscan", -3, Group.SET)
                .flags(Flag.READONLY).keys(1, 1, 1).since("2.8.0").tips("nondeterministic_output")
                .arguments("key cursor:integer [MATCH pattern:pattern] [COUNT count:integer]")
                .complexity("O(1) for every call. O(N) for a complete iteration, including enough command calls for "
                        + "the cursor to return back to 0. N is the number of elements inside the collection..")
                .summary("Incrementally iterate Set elements"));
    }

    @Override
    public void execute(Call call) {
        long cursor = ScanCommand.cursor(call.arg(2));
        SetValue set = Sets.read(call, 1);
        Reply reply = call.reply();
        if (set == null) {
            reply.array(2);
            reply.bulk("0");
            reply.array(0);
            return;
        }
        // Options are read only once the key is known to be a set, so an absent key ignores bad ones, as in Redis.
        long count = 10;
        byte[] pattern = null;
        for (int i = 3; i < call.argc(); i += 2) {
            if (i + 1 == call.argc()) {
                throw RedisError.SYNTAX;
            }
            if (call.is(i, "count")) {
                count = call.integer(i + 1);
                if (count < 1) {
                    throw RedisError.SYNTAX;
                }
            } else if (call.is(i, "match")) {
                pattern = Glob.matchesAll(call.arg(i + 1)) ? null : call.arg(i + 1);
            } else {
                throw RedisError.SYNTAX;
            }
        }
        List<byte[]> batch = new ArrayList<>();
        // Like Redis, COUNT bounds the members collected before matching, and at most ten buckets are
        // walked per unit of COUNT, so a sparse table cannot make one call long.
        long bucketBudget = count > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : count * 10;
        do {
            cursor = set.scan(cursor, batch::add);
        } while (cursor != 0 && bucketBudget-- > 0 && batch.size() < count);
        if (pattern != null) {
            byte[] glob = pattern;
            batch.removeIf(member -> !Glob.matches(glob, member));
        }
        reply.array(2);
        reply.bulk(Long.toUnsignedString(cursor));
        reply.array(batch.size());
        batch.forEach(reply::bulk);
    }
}
