package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.ScanOptions;
import dev.cinnabar.command.SpecifiedCommand;
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
        long cursor = ScanOptions.cursor(call.arg(2));
        SetValue set = Sets.read(call, 1);
        Reply reply = call.reply();
        if (set == null) {
            reply.array(2);
            reply.bulk("0");
            reply.array(0);
            return;
        }
        // Options are read only once the key is known to be a set, so an absent key ignores bad ones, as in Redis.
        ScanOptions options = ScanOptions.parse(call, 3, false);
        List<byte[]> batch = new ArrayList<>();
        // Like Redis, COUNT bounds the members collected before matching.
        long bucketBudget = options.bucketBudget();
        do {
            cursor = set.scan(cursor, batch::add);
        } while (cursor != 0 && bucketBudget-- > 0 && batch.size() < options.count());
        batch.removeIf(member -> !options.matches(member));
        reply.array(2);
        reply.bulk(Long.toUnsignedString(cursor));
        reply.array(batch.size());
        batch.forEach(reply::bulk);
    }
}
