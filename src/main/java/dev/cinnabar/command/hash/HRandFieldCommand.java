package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RandomSample;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntUnaryOperator;
import java.util.random.RandomGenerator;

/**
 * HRANDFIELD key [count [WITHVALUES]]: one random field (null for a missing hash); or with a count,
 * that many distinct fields (at most the whole hash, then in the hash's order), or when the count is
 * negative exactly that many, repeats allowed. With values RESP2 interleaves them, RESP3 pairs them.
 */
@Component
final class HRandFieldCommand extends SpecifiedCommand {

    private static final RedisError COUNT_RANGE = new RedisError(
            "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
    private static final RedisError OUT_OF_RANGE = new RedisError("ERR value is out of range");

    HRandFieldCommand() {
        super(CommandSpec.of("hrandfield", -2, Group.HASH)
                .flags(Flag.READONLY).keys(1, 1, 1).tips("nondeterministic_output").since("6.2.0")
                .complexity("O(N) where N is the number of fields returned")
                .arguments("key [count:integer [WITHVALUES]]")
                .summary("Get one or multiple random fields from a hash"));
    }

    @Override
    public void execute(Call call) {
        if (call.argc() == 2) {
            replyOne(call);
            return;
        }
        long count = call.integer(2);
        if (count == Long.MIN_VALUE) {
            throw COUNT_RANGE;
        }
        if (call.argc() > 4 || (call.argc() == 4 && !call.is(3, "withvalues"))) {
            throw RedisError.SYNTAX;
        }
        boolean withValues = call.argc() == 4;
        // With values a reply holds twice as many elements; beyond this many it could not be sent anyway.
        if (withValues && Math.abs(count) > Long.MAX_VALUE / 2) {
            throw OUT_OF_RANGE;
        }
        HashValue hash = Hashes.read(call);
        if (hash == null || count == 0) {
            call.reply().array(0);
            return;
        }
        new Picks(call.reply(), hash.fields(), withValues).reply(count, ThreadLocalRandom.current());
    }

    private static void replyOne(Call call) {
        HashValue hash = Hashes.read(call);
        if (hash == null) {
            call.reply().nullBulk();
            return;
        }
        HashFields fields = hash.fields();
        fields.replyField(call.reply(), fields.byIndex().applyAsInt(ThreadLocalRandom.current().nextInt(fields.size())));
    }

    /** The reply to one HRANDFIELD call with a count. */
    private record Picks(Reply reply, HashFields fields, boolean withValues) {

        void reply(long count, RandomGenerator random) {
            int size = fields.size();
            if (count < 0 || count == 1) {
                int n = replyLength(Math.abs(count));
                IntUnaryOperator byIndex = fields.byIndex();
                for (int i = 0; i < n; i++) {
                    pair(byIndex.applyAsInt(random.nextInt(size)));
                }
            } else if (count >= size) {
                replyLength(size);
                for (int h = fields.first(); h >= 0; h = fields.next(h)) {
                    pair(h);
                }
            } else {
                int n = replyLength(count);
                IntUnaryOperator byIndex = fields.byIndex();
                for (int index : RandomSample.distinct(size, n, random)) {
                    pair(byIndex.applyAsInt(index));
                }
            }
        }

        /** Starts an array of {@code pairs} pairs (flat in RESP2) and returns the count of pairs. */
        private int replyLength(long pairs) {
            long elements = withValues && !reply.resp3() ? pairs * 2 : pairs;
            if (elements > Integer.MAX_VALUE) {
                throw OUT_OF_RANGE;
            }
            reply.array((int) elements);
            return (int) pairs;
        }

        private void pair(int handle) {
            if (withValues && reply.resp3()) {
                reply.array(2);
            }
            fields.replyField(reply, handle);
            if (withValues) {
                fields.replyValue(reply, handle);
            }
        }
    }
}
