package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.TypedKeys;
import dev.cinnabar.resp.Numbers;
import dev.cinnabar.resp.Reply;

/**
 * Popping from a list and replying with what was popped, shared by LPOP, RPOP and LMPOP and by their
 * blocking forms, which call these once a key they wait on has elements. The popped elements are
 * written in the order they leave the list; a list left empty takes its key with it.
 */
public final class ListPops {

    private static final RedisError NOT_POSITIVE = new RedisError("ERR value is out of range, must be positive");

    private ListPops() {
    }

    /**
     * LPOP and RPOP ({@code key [count]}): without a count, the element or a null; with one, an array
     * of up to that many, or a null array when the key is absent.
     */
    static void pop(Call call, ListEnd end) {
        if (call.argc() > 3) {
            throw new RedisError("ERR wrong number of arguments for '" + call.commandName() + "' command");
        }
        boolean counted = call.argc() == 3;
        long count = counted ? count(call, 2) : 1;
        byte[] key = call.arg(1);
        QuickList list = TypedKeys.write(call, key, QuickList.class);
        if (list == null) {
            if (counted) {
                call.reply().nullArray();
            } else {
                call.reply().nullBulk();
            }
        } else if (counted) {
            popMany(call, key, list, end, count);
        } else {
            popOne(call, key, list, end);
        }
    }

    /** LPOP's and RPOP's count argument: a non-negative integer, else Redis's out-of-range error. */
    public static long count(Call call, int index) {
        long count = Numbers.parseLong(call.arg(index), -1);
        if (count < 0) {
            throw NOT_POSITIVE;
        }
        return count;
    }

    /** Pops the element at {@code end} and replies with it as a bulk string. */
    public static void popOne(Call call, byte[] key, QuickList list, ListEnd end) {
        ListReplies.element(call.reply(), end.cursor(list));
        end.remove(list, 1);
        TypedKeys.removeIfEmpty(call, key, list);
    }

    /** Pops up to {@code count} elements from {@code end} and replies with them as an array. */
    public static void popMany(Call call, byte[] key, QuickList list, ListEnd end, long count) {
        long popped = Math.min(count, list.size());
        ListReplies.run(call.reply(), end.cursor(list), popped, end.inwardIsTowardsTail());
        end.remove(list, popped);
        TypedKeys.removeIfEmpty(call, key, list);
    }

    /** LMPOP's reply: the key, then the array of up to {@code count} elements popped from {@code end}. */
    public static void popWithKey(Call call, byte[] key, QuickList list, ListEnd end, long count) {
        Reply reply = call.reply();
        reply.array(2);
        reply.bulk(key);
        popMany(call, key, list, end, count);
    }
}
