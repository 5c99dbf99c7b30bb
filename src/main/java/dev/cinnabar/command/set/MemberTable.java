package dev.cinnabar.command.set;

import dev.cinnabar.keyspace.BytesTable;

/** The hashtable encoding of a set: a {@link BytesTable} of members with no values beside them. */
final class MemberTable extends BytesTable {

    MemberTable(int expected) {
        super(expected);
    }

    private MemberTable(MemberTable other) {
        super(other);
    }

    /** A copy sharing the member arrays, which are never changed in place. */
    MemberTable copy() {
        return new MemberTable(this);
    }

    /** Adds the member unless present; true if it was added. */
    boolean insert(byte[] member) {
        return addIfAbsent(member) >= 0;
    }

    /** Removes the member if present; true if it was there. */
    boolean remove(byte[] member) {
        int slot = find(member);
        if (slot < 0) {
            return false;
        }
        removeAt(slot);
        return true;
    }

    @Override
    protected void resizeValues(int capacity) {
        // Members only: there are no values to keep beside them.
    }

    @Override
    protected void moveValue(int from, int to) {
        // Members only: nothing moves but the key, which the table moves itself.
    }

    @Override
    protected void clearValue(int slot) {
        // Members only: no value holds a reference.
    }
}
