package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.ScanOptions;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.keyspace.ValueTypes;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]: the next cursor and a batch of live keys. */
@Component
final class ScanCommand extends SpecifiedCommand {

    ScanCommand() {
        super(CommandSpec.of("scan", -2, Group.GENERIC)
                .flags(Flag.READONLY).since("2.8.0")
                .summary("Incrementally iterate the keys space"));
    }

    @Override
    public void execute(Call call) {
        long cursor = ScanOptions.cursor(call.arg(1));
        ScanOptions options = ScanOptions.parse(call, 2, true);
        Batch batch = new Batch(options);
        Database db = call.database();
        // COUNT bounds the keys visited, not returned.
        long bucketBudget = options.bucketBudget();
        do {
            cursor = db.scan(cursor, call.now(), batch);
        } while (cursor != 0 && bucketBudget-- > 0 && batch.visited < options.count());
        Reply reply = call.reply();
        reply.array(2);
        reply.bulk(Long.toString(cursor));
        reply.array(batch.keys.size());
        for (byte[] key : batch.keys) {
            reply.bulk(key);
        }
    }

    /** The keys one SCAN call collects, and how many it looked at. */
    private static final class Batch implements Consumer<Entry> {
        private final ScanOptions options;
        private final List<byte[]> keys = new ArrayList<>();
        private long visited;

        Batch(ScanOptions options) {
            this.options = options;
        }

        @Override
        public void accept(Entry entry) {
            visited++;
            if (options.matches(entry.key())
                    && (options.type() == null || ValueTypes.name(entry.value()).equalsIgnoreCase(options.type()))) {
                keys.add(entry.key());
            }
        }
    }
}
