package dev.cinnabar.command.set;

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
import java.util.random.RandomGenerator;

/**
 * SRANDMEMBER key [count]: one random member; with a count, an array of that many distinct members (at
 * most the whole set), or with a negative count that many members drawn independently, repeats allowed.
 */
@Component
final class SRandMemberCommand extends SpecifiedCommand {

    private static final RedisError COUNT_RANGE = new RedisError(
            "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807");
    /**
     * A reply of more elements than an array length can say would take tens of gigabytes; Redis would
     * run out of memory writing it, Cinnabar refuses it up front.
     */
    private static final RedisError TOO_MANY = new RedisError("ERR value is out of range");

    SRandMemberCommand() {
        super(CommandSpec.of("srandmember", -2, Group.SET)
                .flags(Flag.READONLY).keys(1, 1, 1).tips("nondeterministic_output")
                .arguments("key [count:integer]")
                .complexity("Without the count argument O(1), otherwise O(N) where N is the absolute value of the passed count.")
                .summary("Get one or multiple random members from a set"));
    }

    @Override
    public void execute(Call call) {
        if (call.argc() > 3) {
            throw RedisError.SYNTAX;
        }
        Reply reply = call.reply();
        RandomGenerator random = ThreadLocalRandom.current();
        if (call.argc() == 2) {
            SetValue set = Sets.read(call, 1);
            if (set == null) {
                reply.nullBulk();
            } else {
                reply.bulk(set.member(set.randomIndex(random)));
            }
            return;
        }
        long count = call.integer(2);
        if (count == Long.MIN_VALUE) {
            throw COUNT_RANGE;
        }
        SetValue set = Sets.read(call, 1);
        if (set == null || count == 0) {
            reply.array(0);
        } else if (count < 0 || count == 1) {
            if (count < -Integer.MAX_VALUE) {
                throw TOO_MANY;
            }
            int draws = (int) Math.abs(count);
            reply.array(draws);
            for (int i = 0; i < draws; i++) {
                reply.bulk(set.member(set.randomIndex(random)));
            }
        } else if (count >= set.size()) {
            reply.array(set.size());
            for (int i = 0; i < set.size(); i++) {
                reply.bulk(set.member(i));
            }
        } else {
            int[] indexes = RandomSample.distinct(set.size(), (int) count, random);
            reply.array(indexes.length);
            for (int index : indexes) {
                reply.bulk(set.member(index));
            }
        }
    }
}
