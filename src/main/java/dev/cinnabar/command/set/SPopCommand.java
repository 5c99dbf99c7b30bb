package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import dev.cinnabar.resp.Numbers;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/** SPOP key [count]: removes and returns one random member, or a set of up to count of them. */
@Component
final class SPopCommand extends SpecifiedCommand {

    private static final RedisError NOT_POSITIVE = new RedisError("ERR value is out of range, must be positive");
    /**
     * Redis pops members one by one while at least a fifth as many would stay; beyond that it draws the
     * few that stay into a new set instead, and hands out the rest of the old one.
     */
    private static final long KEEP_STRATEGY_RATIO = 5;

    private final Settings settings;

    SPopCommand(Settings settings) {
        super(CommandSpec.of("spop", -2, Group.SET)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1).tips("nondeterministic_output")
                .arguments("key [count:integer]")
                .complexity("Without the count argument O(1), otherwise O(N) where N is the value of the passed count.")
                .summary("Remove and return one or multiple random members from a set"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        if (call.argc() > 3) {
            throw RedisError.SYNTAX;
        }
        if (call.argc() == 3) {
            popCount(call, count(call.arg(2)));
            return;
        }
        SetValue set = Sets.write(call, 1);
        if (set == null) {
            call.reply().nullBulk();
            return;
        }
        int index = set.randomIndex(ThreadLocalRandom.current());
        call.reply().bulk(set.member(index));
        set.removeAt(index);
        TypedKeys.removeIfEmpty(call, call.arg(1), set);
    }

    private static long count(byte[] arg) {
        long count = Numbers.parseLong(arg, -1);
        if (count < 0) {
            throw NOT_POSITIVE;
        }
        return count;
    }

    private void popCount(Call call, long count) {
        SetValue set = Sets.write(call, 1);
        Reply reply = call.reply();
        if (set == null || count == 0) {
            reply.set(0);
            return;
        }
        int size = set.size();
        long max = settings.setMaxIntsetEntries();
        if (count >= size) {
            // The whole set goes, in the order its union with nothing would list it.
            Sets.reply(reply, SetAlgebra.union(new SetValue[] {set}, max));
            call.database().delete(call.arg(1), call.now());
            return;
        }
        RandomGenerator random = ThreadLocalRandom.current();
        int remaining = size - (int) count;
        reply.set((int) count);
        if (remaining * KEEP_STRATEGY_RATIO > count) {
            for (long i = 0; i < count; i++) {
                int index = set.randomIndex(random);
                reply.bulk(set.member(index));
                set.removeAt(index);
            }
            return;
        }
        SetValue kept = null;
        for (int i = 0; i < remaining; i++) {
            int index = set.randomIndex(random);
            byte[] member = set.member(index);
            if (kept == null) {
                kept = SetValue.startingWith(member);
            }
            kept.add(member, max);
            set.removeAt(index);
        }
        for (int i = 0; i < set.size(); i++) {
            reply.bulk(set.member(i));
        }
        set.replaceWith(kept);
    }
}
