package dev.cinnabar.command.list;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;

/** An end of a list, as LMOVE's and LMPOP's LEFT and RIGHT name them: LEFT is the head, RIGHT the tail. */
public enum ListEnd {
    LEFT,
    RIGHT;

    /** The LEFT or RIGHT argument at {@code index} (any case), else the syntax error. */
    public static ListEnd parse(Call call, int index) {
        if (call.is(index, "LEFT")) {
            return LEFT;
        }
        if (call.is(index, "RIGHT")) {
            return RIGHT;
        }
        throw RedisError.SYNTAX;
    }

    public void push(QuickList list, byte[] value) {
        if (this == LEFT) {
            list.pushFirst(value);
        } else {
            list.pushLast(value);
        }
    }

    /** Removes and returns the element at this end; the list must not be empty. */
    public byte[] pop(QuickList list) {
        return this == LEFT ? list.popFirst() : list.popLast();
    }

    /** Removes {@code n} elements from this end. */
    void remove(QuickList list, long n) {
        if (this == LEFT) {
            list.removeFirst(n);
        } else {
            list.removeLast(n);
        }
    }

    /** A cursor on the element at this end. */
    QuickList.Cursor cursor(QuickList list) {
        return this == LEFT ? list.first() : list.last();
    }

    /** Whether walking away from this end goes towards the tail. */
    boolean inwardIsTowardsTail() {
        return this == LEFT;
    }
}
