package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;

/** LINDEX's and LSET's index argument: negative counts from the tail. */
final class ListIndex {

    private ListIndex() {
    }

    /** The argument at {@code arg} as an index into {@code list}, or -1 when it falls outside. */
    static long resolve(Call call, int arg, QuickList list) {
        long index = call.integer(arg);
        if (index < 0) {
            index += list.size();
        }
        return index < 0 || index >= list.size() ? -1 : index;
    }
}
