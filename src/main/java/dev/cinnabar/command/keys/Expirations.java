package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.Deadlines;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;

import java.util.concurrent.TimeUnit;

/** The shared bodies of the EXPIRE family (setting a deadline) and the TTL family (reporting it). */
final class Expirations {

    private static final RedisError NX_WITH_OTHERS =
            new RedisError("ERR NX and XX, GT or LT options at the same time are not compatible");
    private static final RedisError GT_WITH_LT =
            new RedisError("ERR GT and LT options at the same time are not compatible");

    private Expirations() {
    }

    /**
     * {@code key time [NX | XX | GT | LT]}: sets the key's deadline, {@code time} being a duration when
     * {@code relative}, else a Unix time. Unlike SET's EX, any value is accepted as long as the
     * arithmetic does not overflow; a deadline not in the future deletes the key at once.
     */
    static void set(Call call, TimeUnit unit, boolean relative) {
        boolean nx = false;
        boolean xx = false;
        boolean gt = false;
        boolean lt = false;
        for (int i = 3; i < call.argc(); i++) {
            switch (call.option(i)) {
                case "nx" -> nx = true;
                case "xx" -> xx = true;
                case "gt" -> gt = true;
                case "lt" -> lt = true;
                default -> throw new RedisError("ERR Unsupported option " + call.text(i));
            }
        }
        if (nx && (xx || gt || lt)) {
            throw NX_WITH_OTHERS;
        }
        if (gt && lt) {
            throw GT_WITH_LT;
        }
        long deadline = deadline(call, unit, relative);
        Database db = call.database();
        Entry entry = db.lookup(call.arg(1), call.now());
        if (entry == null) {
            call.reply().integer(0);
            return;
        }
        long current = entry.expireAt();
        boolean persistent = current == Entry.NO_EXPIRY;
        // A key without a deadline counts as an infinite TTL for GT and LT.
        boolean refused = (nx && !persistent) || (xx && persistent)
                || (gt && (persistent || deadline <= current))
                || (lt && !persistent && deadline >= current);
        if (refused) {
            call.reply().integer(0);
            return;
        }
        if (deadline <= call.now()) {
            db.remove(entry);
        } else {
            db.expireAt(entry, deadline);
        }
        call.reply().integer(1);
    }

    private static long deadline(Call call, TimeUnit unit, boolean relative) {
        long when = call.integer(2);
        if (unit == TimeUnit.SECONDS) {
            if (when > Long.MAX_VALUE / 1000 || when < Long.MIN_VALUE / 1000) {
                throw Deadlines.invalid(call);
            }
            when *= 1000;
        }
        long base = relative ? call.now() : 0;
        if (when > Long.MAX_VALUE - base) {
            throw Deadlines.invalid(call);
        }
        return when + base;
    }

    /**
     * TTL and its relatives for {@code key}: -2 when absent, -1 without a deadline, else the time left
     * (or the deadline itself when {@code absolute}), in milliseconds or in seconds rounded to nearest.
     */
    static void report(Call call, boolean millis, boolean absolute) {
        Entry entry = call.database().peek(call.arg(1), call.now());
        if (entry == null) {
            call.reply().integer(-2);
        } else if (!entry.hasExpiry()) {
            call.reply().integer(-1);
        } else {
            long ttl = Math.max(0, absolute ? entry.expireAt() : entry.expireAt() - call.now());
            // (ttl + 500) / 1000 without the overflow near Long.MAX_VALUE.
            call.reply().integer(millis ? ttl : ttl / 1000 + (ttl % 1000 >= 500 ? 1 : 0));
        }
    }
}
