package dev.cinnabar.command.zset;

import dev.cinnabar.command.Settings;
import dev.cinnabar.keyspace.TypedValue;

import java.util.function.Consumer;

/**
 * A sorted set: unique members, each with a score, ordered by score and then by member bytes. It starts
 * in the compact listpack layout and moves, for good, to the indexed (skiplist) layout when an insert
 * would take it past {@code zset-max-listpack-entries} or adds a member longer than
 * {@code zset-max-listpack-value}, as Redis 7.0 does.
 */
public final class SortedSet implements TypedValue, ScoredInput {

    private Layout layout;

    public SortedSet() {
        this(new PackedLayout());
    }

    private SortedSet(Layout layout) {
        this.layout = layout;
    }

    /**
     * A sorted set of elements given in rank order, in the layout Redis gives a computed result
     * (ZUNIONSTORE, ZRANGESTORE and the like): a listpack if it is within both limits.
     */
    static SortedSet of(ElementList elements, Settings settings) {
        int n = elements.size();
        boolean small = n <= settings.zsetMaxListpackEntries();
        for (int i = 0; small && i < n; i++) {
            small = elements.member(i).length <= settings.zsetMaxListpackValue();
        }
        if (!small) {
            return new SortedSet(IndexedLayout.of(elements.scores(), elements.members(), n));
        }
        PackedLayout packed = new PackedLayout();
        for (int i = 0; i < n; i++) {
            packed.append(elements.member(i), elements.score(i));
        }
        return new SortedSet(packed);
    }

    @Override
    public String typeName() {
        return "zset";
    }

    @Override
    public String encoding() {
        return layout.encoding();
    }

    @Override
    public SortedSet copy() {
        return new SortedSet(layout.copy());
    }

    @Override
    public boolean isEmpty() {
        return layout.size() == 0;
    }

    @Override
    public boolean wakesBlockedClients() {
        return true;
    }

    @Override
    public int size() {
        return layout.size();
    }

    /** The member's score, or NaN when it is absent. */
    @Override
    public double score(byte[] member) {
        return layout.score(member);
    }

    /** Visits every element, in rank order. */
    @Override
    public void forEach(Layout.Visitor visitor) {
        int n = layout.size();
        Cursor cursor = n == 0 ? null : layout.at(0);
        for (int i = 0; i < n; i++, cursor.next()) {
            visitor.visit(cursor.member(), cursor.score());
        }
    }

    /**
     * Visits {@code count} members in rank order from rank {@code from}, or, when {@code highestFirst},
     * downwards from the {@code from}-th highest; the arrays must not be changed.
     */
    public void forEachMember(int from, int count, boolean highestFirst, Consumer<byte[]> visitor) {
        if (count == 0) {
            return;
        }
        Cursor cursor = layout.at(highestFirst ? layout.size() - 1 - from : from);
        for (int i = 0; i < count; i++) {
            visitor.accept(cursor.member());
            if (i + 1 < count) {
                if (highestFirst) {
                    cursor.previous();
                } else {
                    cursor.next();
                }
            }
        }
    }

    /** Moves to the skiplist layout for good, as Redis's SORT does to every sorted set it reads. */
    public void convertForSort() {
        if (layout instanceof PackedLayout packed) {
            layout = packed.toIndexed();
        }
    }

    /** Adds an absent member; like Redis, checks the listpack limits before inserting. */
    void insert(byte[] member, double score, Settings settings) {
        if (layout instanceof PackedLayout packed
                && (packed.size() + 1 > settings.zsetMaxListpackEntries() || member.length > settings.zsetMaxListpackValue())) {
            layout = packed.toIndexed();
        }
        layout.insert(member, score);
    }

    /** Changes the score of a present member. */
    void update(byte[] member, double score) {
        layout.update(member, score);
    }

    boolean remove(byte[] member) {
        return layout.remove(member);
    }

    /** How many elements lie below the cut. */
    int count(Cut cut) {
        return layout.count(cut);
    }

    /** The rank of a present member with that score. */
    int rank(byte[] member, double score) {
        return layout.count(Cut.before(score, member));
    }

    /** A cursor on the element of that rank, which must exist. */
    Cursor at(int rank) {
        return layout.at(rank);
    }

    /** Removes {@code n} elements from rank {@code from} on. */
    void removeRange(int from, int n) {
        if (n == layout.size()) {
            layout = new PackedLayout();
        } else {
            layout.removeRange(from, n);
        }
    }

    long scan(long cursor, Layout.Visitor visitor) {
        return layout.scan(cursor, visitor);
    }

    Layout.Sample sample() {
        return layout.sample();
    }
}
