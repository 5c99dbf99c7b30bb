package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.TypedKeys;
import dev.cinnabar.resp.Reply;

/** Looking up the set at an argument and replying with members, for the set commands. */
final class Sets {

    private Sets() {
    }

    /** The set at argument {@code arg} for a read (a keyspace hit or miss), null when absent. */
    static SetValue read(Call call, int arg) {
        return TypedKeys.read(call, call.arg(arg), SetValue.class);
    }

    /** The set at argument {@code arg} for a write, null when absent. */
    static SetValue write(Call call, int arg) {
        return TypedKeys.write(call, call.arg(arg), SetValue.class);
    }

    /** Every member, in the set's order, as a set reply (an array in RESP2). */
    static void reply(Reply reply, SetValue set) {
        int size = set.size();
        reply.set(size);
        for (int i = 0; i < size; i++) {
            reply.bulk(set.member(i));
        }
    }
}
