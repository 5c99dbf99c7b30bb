package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import dev.cinnabar.resp.Numbers;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]: the index of the rank-th match (from
 * the tail when rank is negative), or with COUNT an array of up to that many matches from there (0: all),
 * looking at no more than MAXLEN elements (0: all).
 */
@Component
final class LPosCommand extends SpecifiedCommand {

    private static final RedisError RANK_ZERO = new RedisError("ERR RANK can't be zero: use 1 to start from the"
            + " first match, 2 from the second ... or use negative to start from the end of the list");
    private static final RedisError COUNT_NEGATIVE = new RedisError("ERR COUNT can't be negative");
    private static final RedisError MAXLEN_NEGATIVE = new RedisError("ERR MAXLEN can't be negative");
    /** The count of a search without COUNT, which replies with one index rather than an array. */
    private static final long SINGLE = -1;

    LPosCommand() {
        super(CommandSpec.of("lpos", -3, Group.LIST)
                .flags(Flag.READONLY).keys(1, 1, 1).since("6.0.6")
                .complexity("O(N) where N is the number of elements in the list, for the average case. When searching"
                        + " for elements near the head or the tail of the list, or when the MAXLEN option is provided,"
                        + " the command may run in constant time.")
                .arguments("key element [RANK rank:integer] [COUNT num-matches:integer] [MAXLEN len:integer]")
                .summary("Return the index of matching elements on a list"));
    }

    @Override
    public void execute(Call call) {
        long rank = 1;
        long count = SINGLE;
        long maxlen = 0;
        for (int i = 3; i < call.argc(); i++) {
            boolean hasValue = i + 1 < call.argc();
            if (hasValue && call.is(i, "RANK")) {
                rank = call.integer(++i);
                if (rank == 0) {
                    throw RANK_ZERO;
                }
            } else if (hasValue && call.is(i, "COUNT")) {
                count = nonNegative(call, ++i, COUNT_NEGATIVE);
            } else if (hasValue && call.is(i, "MAXLEN")) {
                maxlen = nonNegative(call, ++i, MAXLEN_NEGATIVE);
            } else {
                throw RedisError.SYNTAX;
            }
        }
        QuickList list = TypedKeys.read(call, call.arg(1), QuickList.class);
        Reply reply = call.reply();
        if (list == null) {
            if (count == SINGLE) {
                reply.nullBulk();
            } else {
                reply.array(0);
            }
            return;
        }
        long[] found = search(list, call.arg(2), rank, count, maxlen);
        if (count != SINGLE) {
            reply.array(found.length);
            for (long index : found) {
                reply.integer(index);
            }
        } else if (found.length == 0) {
            reply.nullBulk();
        } else {
            reply.integer(found[0]);
        }
    }

    private static long nonNegative(Call call, int index, RedisError error) {
        long value = Numbers.parseLong(call.arg(index), -1);
        if (value < 0) {
            throw error;
        }
        return value;
    }

    /**
     * The indexes of the matches the options select, in the order met. The arithmetic is Redis's, down
     * to rank Long.MIN_VALUE, which stays negative when negated and so selects from the first match on.
     */
    private static long[] search(QuickList list, byte[] element, long rank, long count, long maxlen) {
        boolean towardsTail = rank > 0;
        if (rank < 0) {
            rank = -rank;
        }
        long length = list.size();
        long[] found = new long[count == SINGLE ? 1 : 8];
        int size = 0;
        long matches = 0;
        QuickList.Cursor cursor = towardsTail ? list.first() : list.last();
        for (long seen = 0; cursor.valid() && (maxlen == 0 || seen < maxlen); seen++, cursor.move(towardsTail)) {
            if (!cursor.matches(element) || ++matches < rank) {
                continue;
            }
            if (size == found.length) {
                found = Arrays.copyOf(found, size * 2);
            }
            found[size++] = towardsTail ? seen : length - seen - 1;
            if (count == SINGLE || count != 0 && matches - rank + 1 >= count) {
                break;
            }
        }
        return size == found.length ? found : Arrays.copyOf(found, size);
    }
}
