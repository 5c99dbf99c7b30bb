package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Glob;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
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
public final class ScanCommand extends SpecifiedCommand {

    private static final RedisError INVALID_CURSOR = new RedisError("ERR invalid cursor");

    ScanCommand() {
        super(CommandSpec.of("scan", -2, Group.GENERIC)
                .flags(Flag.READONLY).since("2.8.0")
                .summary("Incrementally iterate the keys space"));
    }

    @Override
    public void execute(Call call) {
        long cursor = cursor(call.arg(1));
        long count = 10;
        byte[] pattern = null;
        String type = null;
        for (int i = 2; i < call.argc(); i += 2) {
            boolean hasValue = i + 1 < call.argc();
            if (hasValue && call.is(i, "count")) {
                count = call.integer(i + 1);
                if (count < 1) {
                    throw RedisError.SYNTAX;
                }
            } else if (hasValue && call.is(i, "match")) {
                pattern = Glob.matchesAll(call.arg(i + 1)) ? null : call.arg(i + 1);
            } else if (hasValue && call.is(i, "type")) {
                // An unknown type name is no error in Redis 7.0: it just matches nothing.
                type = call.text(i + 1);
            } else {
                throw RedisError.SYNTAX;
            }
        }
        Batch batch = new Batch(pattern, type);
        Database db = call.database();
        // COUNT bounds the keys visited, not returned; and at most ten buckets per unit of COUNT are
        // walked, so a sparse table cannot make one call long.
        long bucketBudget = count > Long.MAX_VALUE / 10 ? Long.MAX_VALUE : count * 10;
        do {
            cursor = db.scan(cursor, call.now(), batch);
        } while (cursor != 0 && bucketBudget-- > 0 && batch.visited < count);
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
        private final byte[] pattern;
        private final String type;
        private final List<byte[]> keys = new ArrayList<>();
        private long visited;

        Batch(byte[] pattern, String type) {
            this.pattern = pattern;
            this.type = type;
        }

        @Override
        public void accept(Entry entry) {
            visited++;
            if ((pattern == null || Glob.matches(pattern, entry.key()))
                    && (type == null || ValueTypes.name(entry.value()).equalsIgnoreCase(type))) {
                keys.add(entry.key());
            }
        }
    }

    /**
     * The cursor with the leniency of C's {@code strtoul} that Redis inherits: an optional sign (a minus
     * wraps around), decimal digits, nothing else; the empty string reads as 0. Only values beyond
     * 64 bits are refused.
     */
    public static long cursor(byte[] text) {
        int i = 0;
        boolean negative = false;
        if (text.length > 0 && (text[0] == '+' || text[0] == '-')) {
            negative = text[0] == '-';
            i = 1;
            if (text.length == 1) {
                throw INVALID_CURSOR;
            }
        }
        long value = 0;
        for (; i < text.length; i++) {
            int digit = text[i] - '0';
            if (digit < 0 || digit > 9 || Long.compareUnsigned(value, Long.divideUnsigned(-1L, 10)) > 0) {
                throw INVALID_CURSOR;
            }
            long next = value * 10 + digit;
            if (Long.compareUnsigned(next, value * 10) < 0) {
                throw INVALID_CURSOR;
            }
            value = next;
        }
        return negative ? -value : value;
    }
}
