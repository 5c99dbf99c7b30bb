package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RandomSample;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * ZRANDMEMBER key [count [WITHSCORES]]: one random member; with a positive count up to that many
 * distinct members, with a negative count exactly that many, repeats allowed.
 */
@Component
final class ZRandMemberCommand extends SpecifiedCommand {

    private static final RedisError COUNT_RANGE =
            new RedisError("ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
    private static final RedisError OUT_OF_RANGE = new RedisError("ERR value is out of range");

    ZRandMemberCommand() {
        super(CommandSpec.of("zrandmember", -2, Group.SORTED_SET)
                .flags(Flag.READONLY).keys(1, 1, 1).since("6.2.0").tips("nondeterministic_output")
                .complexity("O(N) where N is the number of elements returned")
                .arguments("key [count:integer [WITHSCORES]]")
                .summary("Get one or multiple random elements from a sorted set"));
    }

    @Override
    public void execute(Call call) {
        if (call.argc() == 2) {
            SortedSet zset = TypedKeys.read(call, call.arg(1), SortedSet.class);
            if (zset == null) {
                call.reply().nullBulk();
            } else {
                Layout.Sample sample = zset.sample();
                call.reply().bulk(sample.member(ThreadLocalRandom.current().nextInt(sample.size())));
            }
            return;
        }
        long count = call.integer(2);
        if (count == Long.MIN_VALUE) {
            throw COUNT_RANGE;
        }
        if (call.argc() > 4 || (call.argc() == 4 && !call.is(3, "withscores"))) {
            throw RedisError.SYNTAX;
        }
        boolean withScores = call.argc() == 4;
        // Redis bounds the count with scores, whose reply holds twice as many items.
        if (withScores && (count < -Long.MAX_VALUE / 2 || count > Long.MAX_VALUE / 2)) {
            throw OUT_OF_RANGE;
        }
        SortedSet zset = TypedKeys.read(call, call.arg(1), SortedSet.class);
        // A reply is an array of at most Integer.MAX_VALUE items; Redis would try to stream a longer one.
        if (zset != null && count < 0 && -count > (withScores ? Integer.MAX_VALUE / 2 : Integer.MAX_VALUE)) {
            throw OUT_OF_RANGE;
        }
        Reply reply = call.reply();
        if (zset == null || count == 0) {
            reply.array(0);
        } else if (count < 0 || count == 1) {
            withRepeats(reply, zset.sample(), Math.toIntExact(Math.abs(count)), withScores);
        } else if (count >= zset.size()) {
            everything(reply, zset, withScores);
        } else {
            distinct(reply, zset.sample(), (int) count, withScores);
        }
    }

    private static void withRepeats(Reply reply, Layout.Sample sample, int count, boolean withScores) {
        RandomGenerator random = ThreadLocalRandom.current();
        ElementReplies.begin(reply, count, withScores);
        for (int i = 0; i < count; i++) {
            int index = random.nextInt(sample.size());
            ElementReplies.element(reply, sample.member(index), sample.score(index), withScores);
        }
    }

    /** The whole set, from the highest rank down, the order in which Redis walks a sorted set for this. */
    private static void everything(Reply reply, SortedSet zset, boolean withScores) {
        int size = zset.size();
        ElementReplies.begin(reply, size, withScores);
        Cursor cursor = zset.at(size - 1);
        for (int i = 0; i < size; i++, cursor.previous()) {
            ElementReplies.element(reply, cursor.member(), cursor.score(), withScores);
        }
    }

    /** {@code count} distinct elements, fewer than the set holds. */
    private static void distinct(Reply reply, Layout.Sample sample, int count, boolean withScores) {
        ElementReplies.begin(reply, count, withScores);
        for (int index : RandomSample.distinct(sample.size(), count, ThreadLocalRandom.current())) {
            ElementReplies.element(reply, sample.member(index), sample.score(index), withScores);
        }
    }
}
