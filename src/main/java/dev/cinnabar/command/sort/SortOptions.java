package dev.cinnabar.command.sort;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;

import java.util.ArrayList;
import java.util.List;

/**
 * SORT's options after the key, read in order as Redis reads them: ASC, DESC and ALPHA anywhere and
 * repeatable, LIMIT offset count, BY pattern, GET pattern (collected), and STORE destination unless the
 * command is SORT_RO. A later BY replaces an earlier one, but a BY without a star, once given, leaves
 * the elements unsorted whatever follows, as in Redis.
 */
final class SortOptions {

    boolean descending;
    boolean alpha;
    long offset;
    /** Negative: no limit. */
    long count = -1;
    KeyPattern by;
    boolean unsorted;
    final List<KeyPattern> gets = new ArrayList<>();
    byte[] destination;

    private SortOptions() {
    }

    static SortOptions parse(Call call, boolean readOnly) {
        SortOptions options = new SortOptions();
        for (int i = 2; i < call.argc(); i++) {
            int following = call.argc() - i - 1;
            if (call.is(i, "asc")) {
                options.descending = false;
            } else if (call.is(i, "desc")) {
                options.descending = true;
            } else if (call.is(i, "alpha")) {
                options.alpha = true;
            } else if (call.is(i, "limit") && following >= 2) {
                options.offset = call.integer(i + 1);
                options.count = call.integer(i + 2);
                i += 2;
            } else if (!readOnly && call.is(i, "store") && following >= 1) {
                options.destination = call.arg(++i);
            } else if (call.is(i, "by") && following >= 1) {
                options.by = KeyPattern.of(call.arg(++i));
                options.unsorted |= !options.by.substitutes();
            } else if (call.is(i, "get") && following >= 1) {
                options.gets.add(KeyPattern.of(call.arg(++i)));
            } else {
                throw RedisError.SYNTAX;
            }
        }
        return options;
    }

    /**
     * A set has no order of its own, so when it is stored unsorted Redis sorts it after all, by its
     * elements' bytes, for the stored list to be the same wherever the command runs.
     */
    void sortStoredSet() {
        unsorted = false;
        alpha = true;
        by = null;
    }
}
