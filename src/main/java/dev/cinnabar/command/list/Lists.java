package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/**
 * Creating lists and moving elements between them. Every list is made here, with the node size
 * list-max-listpack-size has at that moment, so the one place a new list appears is this class.
 */
@Component
public final class Lists {

    /** What the four push commands document as their cost. */
    static final String PUSH_COMPLEXITY =
            "O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.";

    private final Settings settings;

    Lists(Settings settings) {
        this.settings = settings;
    }

    /**
     * LPUSH, RPUSH and their X forms: pushes every argument from index 2 on, one by one, at {@code end}
     * of the list at the first argument, creating it unless {@code existingOnly}, and replies with the
     * new length (0 when an X form found no list).
     */
    public void push(Call call, ListEnd end, boolean existingOnly) {
        byte[] key = call.arg(1);
        QuickList list = TypedKeys.write(call, key, QuickList.class);
        if (list == null) {
            if (existingOnly) {
                call.reply().integer(0);
                return;
            }
            list = create(call, key);
        }
        for (int i = 2; i < call.argc(); i++) {
            end.push(list, call.arg(i));
        }
        call.reply().integer(list.size());
    }

    /**
     * LMOVE and RPOPLPUSH: moves an element from the list at the first argument to the one at the
     * second, or replies null when the source is absent.
     */
    public void move(Call call, ListEnd from, ListEnd to) {
        QuickList source = TypedKeys.write(call, call.arg(1), QuickList.class);
        if (source == null) {
            call.reply().nullBulk();
        } else {
            move(call, call.arg(1), source, call.arg(2), from, to);
        }
    }

    /**
     * LMOVE's work once the source is known to hold a list: checks the destination's type before
     * touching anything, pops from {@code from} of the source, pushes at {@code to} of the destination
     * (which may be the same list) and replies with the element.
     */
    public void move(Call call, byte[] sourceKey, QuickList source, byte[] destinationKey, ListEnd from, ListEnd to) {
        QuickList destination = TypedKeys.write(call, destinationKey, QuickList.class);
        byte[] value = from.pop(source);
        to.push(destination != null ? destination : create(call, destinationKey), value);
        TypedKeys.removeIfEmpty(call, sourceKey, source);
        call.reply().bulk(value);
    }

    /**
     * BLMOVE and BRPOPLPUSH: LMOVE when the source holds a list; otherwise waits for one, or inside MULTI
     * replies the null bulk string at once, as Redis does for these two (other blocking commands reply a
     * null array there).
     */
    public void blockingMove(Call call, ListEnd from, ListEnd to, long timeout) {
        QuickList source = TypedKeys.write(call, call.arg(1), QuickList.class);
        if (source != null) {
            move(call, call.arg(1), source, call.arg(2), from, to);
        } else if (!call.mayBlock()) {
            call.reply().nullBulk();
        } else {
            call.block(new byte[][] {call.arg(1)}, QuickList.class, timeout);
        }
    }

    /** A new list not yet in the keyspace, for a command that fills it before storing it (SORT ... STORE). */
    public QuickList newList() {
        return new QuickList(settings.listMaxListpackSize());
    }

    private QuickList create(Call call, byte[] key) {
        return TypedKeys.create(call, key, newList());
    }
}
