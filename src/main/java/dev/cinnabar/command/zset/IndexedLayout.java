package dev.cinnabar.command.zset;

/**
 * A large sorted set, Redis's {@code skiplist} encoding: a hash table from member to score for O(1)
 * lookups, and a {@link RankTree} for order, ranks and ranges. Both hold the same member arrays.
 */
final class IndexedLayout implements Layout {

    private final ScoreTable table;
    private final RankTree tree;

    private IndexedLayout(ScoreTable table, RankTree tree) {
        this.table = table;
        this.tree = tree;
    }

    /** The layout of {@code n} elements given in rank order. */
    static IndexedLayout of(double[] scores, byte[][] members, int n) {
        ScoreTable table = new ScoreTable(n);
        for (int i = 0; i < n; i++) {
            table.add(members[i], scores[i]);
        }
        return new IndexedLayout(table, RankTree.build(scores, members, n));
    }

    @Override
    public String encoding() {
        return "skiplist";
    }

    @Override
    public int size() {
        return table.size();
    }

    @Override
    public double score(byte[] member) {
        int slot = table.find(member);
        return slot < 0 ? Double.NaN : table.score(slot);
    }

    @Override
    public void insert(byte[] member, double score) {
        table.add(member, score);
        tree.insert(score, member);
    }

    @Override
    public void update(byte[] member, double score) {
        int slot = table.find(member);
        byte[] stored = table.key(slot);
        tree.delete(table.score(slot), stored);
        tree.insert(score, stored);
        table.setScore(slot, score);
    }

    @Override
    public boolean remove(byte[] member) {
        int slot = table.find(member);
        if (slot < 0) {
            return false;
        }
        tree.delete(table.score(slot), table.key(slot));
        table.removeAt(slot);
        return true;
    }

    @Override
    public int count(Cut cut) {
        return tree.count(cut);
    }

    @Override
    public Cursor at(int rank) {
        return tree.at(rank);
    }

    @Override
    public void removeRange(int from, int n) {
        for (int i = 0; i < n; i++) {
            table.removeAt(table.find(tree.deleteAt(from)));
        }
    }

    @Override
    public long scan(long cursor, Visitor visitor) {
        return table.scan(cursor, slot -> visitor.visit(table.key(slot), table.score(slot)));
    }

    @Override
    public Sample sample() {
        return new Sample() {
            @Override
            public int size() {
                return table.size();
            }

            @Override
            public byte[] member(int index) {
                return table.key(index);
            }

            @Override
            public double score(int index) {
                return table.score(index);
            }
        };
    }

    @Override
    public IndexedLayout copy() {
        int n = tree.size();
        double[] scores = new double[n];
        byte[][] members = new byte[n][];
        tree.copyTo(scores, members);
        return new IndexedLayout(table.copy(), RankTree.build(scores, members, n));
    }
}
