package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.ScanOptions;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * HSCAN key cursor [MATCH pattern] [COUNT count]: the next cursor and a batch of fields with their
 * values. A listpack hash comes whole in one call, whatever the cursor; a table is walked bucket by
 * bucket as Redis walks its dict, COUNT counting fields and values alike.
 */
@Component
final class HScanCommand extends SpecifiedCommand {

    HScanCommand() {
        super(CommandSpec.of("hscan", -3, Group.HASH)
                .flags(Flag.READONLY).keys(1, 1, 1).tips("nondeterministic_output").since("2.8.0")
                .complexity("O(1) for every call. O(N) for a complete iteration, including enough command calls for"
                        + " the cursor to return back to 0. N is the number of elements inside the collection..")
                .arguments("key cursor:integer [MATCH pattern:pattern] [COUNT count:integer]")
                .summary("Incrementally iterate hash fields and associated values"));
    }

    @Override
    public void execute(Call call) {
        long cursor = ScanOptions.cursor(call.arg(2));
        HashValue hash = Hashes.read(call);
        Reply reply = call.reply();
        if (hash == null) {
            // Redis answers a missing key before it reads the options.
            reply.array(2);
            reply.bulk("0");
            reply.array(0);
            return;
        }
        ScanOptions options = ScanOptions.parse(call, 3, false);
        HashFields fields = hash.fields();
        Batch batch = new Batch();
        long bucketBudget = options.bucketBudget();
        do {
            cursor = fields.scan(cursor, batch);
        } while (cursor != 0 && bucketBudget-- > 0 && 2L * batch.size < options.count());
        int matching = 0;
        for (int i = 0; i < batch.size; i++) {
            if (options.matches(fields.field(batch.handles[i]))) {
                batch.handles[matching++] = batch.handles[i];
            }
        }
        reply.array(2);
        reply.bulk(Long.toString(cursor));
        reply.array(2 * matching);
        for (int i = 0; i < matching; i++) {
            fields.replyField(reply, batch.handles[i]);
            fields.replyValue(reply, batch.handles[i]);
        }
    }

    /** The handles one call collects. */
    private static final class Batch implements IntConsumer {
        private int[] handles = new int[16];
        private int size;

        @Override
        public void accept(int handle) {
            if (size == handles.length) {
                handles = Arrays.copyOf(handles, size * 2);
            }
            handles[size++] = handle;
        }
    }
}
