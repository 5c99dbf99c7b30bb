package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.TypedKeys;
import dev.cinnabar.resp.Reply;

/**
 * ZADD and ZINCRBY (which is ZADD with INCR): options, then score-member pairs. Every argument is
 * checked before anything changes, so a bad one changes nothing.
 */
final class ScoreWrites {

    private static final RedisError XX_AND_NX = new RedisError("ERR XX and NX options at the same time are not compatible");
    private static final RedisError GT_LT_NX =
            new RedisError("ERR GT, LT, and/or NX options at the same time are not compatible");
    private static final RedisError SINGLE_INCREMENT = new RedisError("ERR INCR option supports a single increment-element pair");
    private static final RedisError NAN = new RedisError("ERR resulting score is not a number (NaN)");

    private boolean nx;
    private boolean xx;
    private boolean gt;
    private boolean lt;
    private boolean ch;
    private boolean incr;

    private ScoreWrites(boolean incr) {
        this.incr = incr;
    }

    /** Runs ZADD, or ZINCRBY when {@code increment} is set: Redis parses ZINCRBY's arguments as ZADD's. */
    static void add(Call call, Settings settings, boolean increment) {
        new ScoreWrites(increment).run(call, settings);
    }

    private void run(Call call, Settings settings) {
        int first = 2;
        while (first < call.argc() && option(call, first)) {
            first++;
        }
        int pairs = (call.argc() - first) / 2;
        if (pairs == 0 || (call.argc() - first) % 2 != 0) {
            throw RedisError.SYNTAX;
        }
        if (nx && xx) {
            throw XX_AND_NX;
        }
        if ((gt && nx) || (lt && nx) || (gt && lt)) {
            throw GT_LT_NX;
        }
        if (incr && pairs > 1) {
            throw SINGLE_INCREMENT;
        }
        double[] scores = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            scores[i] = Scores.parse(call.arg(first + 2 * i), RedisError.NOT_A_FLOAT);
        }
        byte[] key = call.arg(1);
        SortedSet zset = TypedKeys.write(call, key, SortedSet.class);
        if (zset == null && !xx) {
            zset = TypedKeys.create(call, key, new SortedSet());
        }
        int added = 0;
        int updated = 0;
        boolean applied = false;
        double result = 0;
        for (int i = 0; zset != null && i < pairs; i++) {
            byte[] member = call.arg(first + 2 * i + 1);
            double current = zset.score(member);
            if (Double.isNaN(current)) {
                if (!xx) {
                    zset.insert(member, scores[i], settings);
                    added++;
                    applied = true;
                    result = scores[i];
                }
                continue;
            }
            if (nx) {
                continue;
            }
            double score = incr ? current + scores[i] : scores[i];
            if (Double.isNaN(score)) {
                throw NAN;
            }
            if ((lt && score >= current) || (gt && score <= current)) {
                continue;
            }
            applied = true;
            result = score;
            if (score != current) {
                zset.update(member, score);
                updated++;
            }
        }
        Reply reply = call.reply();
        if (!incr) {
            reply.integer(ch ? added + updated : added);
        } else if (applied) {
            reply.doubleValue(result);
        } else {
            reply.nullBulk();
        }
    }

    /** Takes one option word; false when the word is not an option (the first score). */
    private boolean option(Call call, int i) {
        if (call.is(i, "nx")) {
            nx = true;
        } else if (call.is(i, "xx")) {
            xx = true;
        } else if (call.is(i, "gt")) {
            gt = true;
        } else if (call.is(i, "lt")) {
            lt = true;
        } else if (call.is(i, "ch")) {
            ch = true;
        } else if (call.is(i, "incr")) {
            incr = true;
        } else {
            return false;
        }
        return true;
    }
}
