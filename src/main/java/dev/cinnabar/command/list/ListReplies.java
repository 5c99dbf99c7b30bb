package dev.cinnabar.command.list;

import dev.cinnabar.resp.Reply;

/** Writing list elements into replies straight from the nodes' arrays. */
final class ListReplies {

    private ListReplies() {
    }

    static void element(Reply reply, QuickList.Cursor cursor) {
        reply.bulk(cursor.buffer(), cursor.offset(), cursor.length());
    }

    /** An array of {@code count} elements read from {@code cursor} on, moving towards the tail or the head. */
    static void run(Reply reply, QuickList.Cursor cursor, long count, boolean towardsTail) {
        reply.array((int) count);
        for (long i = 0; i < count; i++) {
            element(reply, cursor);
            cursor.move(towardsTail);
        }
    }
}
