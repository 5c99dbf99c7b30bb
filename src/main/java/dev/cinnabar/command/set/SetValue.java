package dev.cinnabar.command.set;

import dev.cinnabar.keyspace.TypedValue;
import dev.cinnabar.resp.Numbers;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * A set, encoded as Redis 7.0 encodes it: an {@link Intset} while every member is an integer in
 * canonical form and there are at most {@code set-max-intset-entries} of them, otherwise a
 * {@link MemberTable}. The conversion is one way, as in Redis: a table never turns back into an intset.
 *
 * <p>Members are addressed by index, 0 to size - 1: ascending order in an intset, slot order in a table.
 * Removing by index may move another member into that index.
 */
public final class SetValue implements TypedValue {

    private static final long NOT_INTEGER = Long.MIN_VALUE;
    private static final byte[] MIN_LONG = Numbers.decimal(Long.MIN_VALUE);

    /** The intset blob while intset-encoded; null once a table. */
    private byte[] ints;
    private MemberTable table;

    private SetValue(byte[] ints, MemberTable table) {
        this.ints = ints;
        this.table = table;
    }

    /** An empty set in the encoding Redis picks for a set whose first member is {@code first}. */
    static SetValue startingWith(byte[] first) {
        return isInteger(first) ? intset() : new SetValue(null, new MemberTable(0));
    }

    /** An empty intset, as Redis starts the results of SINTERSTORE, SUNION and SDIFF. */
    static SetValue intset() {
        return new SetValue(Intset.EMPTY, null);
    }

    @Override
    public String typeName() {
        return "set";
    }

    @Override
    public String encoding() {
        return ints != null ? "intset" : "hashtable";
    }

    @Override
    public SetValue copy() {
        // An intset blob is never changed in place, so the copy may share it.
        return new SetValue(ints, table == null ? null : table.copy());
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    public int size() {
        return ints != null ? Intset.size(ints) : table.size();
    }

    /** Visits every member once, in index order (ascending for an intset, slot order for a table). */
    public void forEach(Consumer<byte[]> visitor) {
        for (int i = 0; i < size(); i++) {
            visitor.accept(member(i));
        }
    }

    /** The member at {@code index}. */
    byte[] member(int index) {
        return ints != null ? Numbers.decimal(Intset.get(ints, index)) : table.key(index);
    }

    public boolean contains(byte[] member) {
        if (ints == null) {
            return table.find(member) >= 0;
        }
        long value = Numbers.parseLong(member, NOT_INTEGER);
        return isInteger(member, value) && Intset.contains(ints, value);
    }

    /** Whether this set holds {@code other}'s member at {@code index}; two intsets compare as numbers. */
    boolean containsMemberOf(SetValue other, int index) {
        if (ints != null && other.ints != null) {
            return Intset.contains(ints, Intset.get(other.ints, index));
        }
        return contains(other.member(index));
    }

    /**
     * Adds a member unless present; true if added. An intset becomes a table when the member is not an
     * integer, or when the addition takes it past {@code maxIntsetEntries}.
     */
    boolean add(byte[] member, long maxIntsetEntries) {
        if (ints == null) {
            return table.insert(member);
        }
        long value = Numbers.parseLong(member, NOT_INTEGER);
        if (!isInteger(member, value)) {
            convert();
            return table.insert(member);
        }
        return addInteger(value, maxIntsetEntries);
    }

    /** {@link #add}s {@code other}'s member at {@code index}; between two intsets without text in between. */
    boolean addMemberOf(SetValue other, int index, long maxIntsetEntries) {
        if (ints != null && other.ints != null) {
            return addInteger(Intset.get(other.ints, index), maxIntsetEntries);
        }
        return add(other.member(index), maxIntsetEntries);
    }

    private boolean addInteger(long value, long maxIntsetEntries) {
        byte[] grown = Intset.add(ints, value);
        if (grown == ints) {
            return false;
        }
        ints = grown;
        if (Intset.size(ints) > maxIntsetEntries) {
            convert();
        }
        return true;
    }

    boolean remove(byte[] member) {
        if (ints == null) {
            return table.remove(member);
        }
        long value = Numbers.parseLong(member, NOT_INTEGER);
        if (!isInteger(member, value)) {
            return false;
        }
        byte[] shrunk = Intset.remove(ints, value);
        boolean removed = shrunk != ints;
        ints = shrunk;
        return removed;
    }

    void removeAt(int index) {
        if (ints != null) {
            ints = Intset.removeAt(ints, index);
        } else {
            table.removeAt(index);
        }
    }

    /** A uniformly chosen index; the set must not be empty. */
    int randomIndex(RandomGenerator random) {
        return random.nextInt(size());
    }

    /** Takes over {@code other}'s members and encoding, for SPOP, which rebuilds the set it keeps. */
    void replaceWith(SetValue other) {
        ints = other.ints;
        table = other.table;
    }

    /**
     * One SSCAN step over a table: visits one bucket's members and returns the next cursor, 0 when done.
     * An intset has no buckets; it is visited whole and the cursor is 0 at once, as in Redis.
     */
    long scan(long cursor, Consumer<byte[]> visitor) {
        if (ints != null) {
            for (int i = 0; i < Intset.size(ints); i++) {
                visitor.accept(Numbers.decimal(Intset.get(ints, i)));
            }
            return 0;
        }
        return table.scan(cursor, slot -> visitor.accept(table.key(slot)));
    }

    private void convert() {
        MemberTable converted = new MemberTable(Intset.size(ints));
        for (int i = 0; i < Intset.size(ints); i++) {
            converted.insert(Numbers.decimal(Intset.get(ints, i)));
        }
        table = converted;
        ints = null;
    }

    /** Whether Redis's {@code string2ll} takes the member: an integer with no sign but '-', no leading zero. */
    static boolean isInteger(byte[] member) {
        return isInteger(member, Numbers.parseLong(member, NOT_INTEGER));
    }

    /**
     * Whether {@code parsed}, the member parsed with {@link #NOT_INTEGER} for failure, is its value: the
     * one member that really is that number reads the same as a failure.
     */
    private static boolean isInteger(byte[] member, long parsed) {
        return parsed != NOT_INTEGER || Arrays.equals(member, MIN_LONG);
    }
}
