package dev.cinnabar.command.zset;

import dev.cinnabar.keyspace.Listpack;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A small sorted set as one listpack of member, score, member, score... in rank order, Redis's
 * {@code listpack} encoding. A score is stored as its eight IEEE bytes. Redis stores the score's text,
 * in which -0 is written "0"; storing -0 as 0 keeps that behaviour visible to clients.
 */
final class PackedLayout implements Layout {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final Listpack pack;

    PackedLayout() {
        this(new Listpack());
    }

    private PackedLayout(Listpack pack) {
        this.pack = pack;
    }

    @Override
    public String encoding() {
        return "listpack";
    }

    @Override
    public int size() {
        return pack.size() / 2;
    }

    @Override
    public double score(byte[] member) {
        int pos = pack.find(member, 2);
        return pos < 0 ? Double.NaN : scoreAt(pack.next(pos));
    }

    @Override
    public void insert(byte[] member, double score) {
        int pos = pack.first();
        while (!pack.atEnd(pos)) {
            int scorePos = pack.next(pos);
            double s = scoreAt(scorePos);
            if (s > score || (s == score && pack.compareAt(pos, member) > 0)) {
                break;
            }
            pos = pack.next(scorePos);
        }
        pack.insert(pos, member);
        pack.insert(pack.next(pos), bytes(score));
    }

    /** Appends an element that sorts after every element present. */
    void append(byte[] member, double score) {
        pack.append(member);
        pack.append(bytes(score));
    }

    @Override
    public void update(byte[] member, double score) {
        remove(member);
        insert(member, score);
    }

    @Override
    public boolean remove(byte[] member) {
        int pos = pack.find(member, 2);
        if (pos < 0) {
            return false;
        }
        pack.remove(pos, 2);
        return true;
    }

    @Override
    public int count(Cut cut) {
        byte[] buf = pack.buffer();
        int n = 0;
        for (int pos = pack.first(); !pack.atEnd(pos); n++) {
            int scorePos = pack.next(pos);
            if (!cut.below(scoreAt(scorePos), buf, pack.dataStart(pos), pack.length(pos))) {
                break;
            }
            pos = pack.next(scorePos);
        }
        return n;
    }

    @Override
    public Cursor at(int rank) {
        int[] positions = new int[size()];
        int pos = pack.first();
        for (int i = 0; i < positions.length; i++) {
            positions[i] = pos;
            pos = pack.next(pack.next(pos));
        }
        return new Cursor() {
            private int index = rank;

            @Override
            public byte[] member() {
                return pack.get(positions[index]);
            }

            @Override
            public double score() {
                return scoreAt(pack.next(positions[index]));
            }

            @Override
            public void next() {
                index++;
            }

            @Override
            public void previous() {
                index--;
            }
        };
    }

    @Override
    public void removeRange(int from, int n) {
        pack.remove(pack.positionOf(2 * from), 2 * n);
    }

    @Override
    public long scan(long cursor, Visitor visitor) {
        for (int pos = pack.first(); !pack.atEnd(pos); pos = pack.next(pack.next(pos))) {
            visitor.visit(pack.get(pos), scoreAt(pack.next(pos)));
        }
        return 0;
    }

    @Override
    public Sample sample() {
        int n = size();
        byte[][] members = new byte[n][];
        double[] scores = new double[n];
        copyTo(scores, members);
        return new Sample() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public byte[] member(int index) {
                return members[index];
            }

            @Override
            public double score(int index) {
                return scores[index];
            }
        };
    }

    @Override
    public PackedLayout copy() {
        return new PackedLayout(pack.copy());
    }

    /** The same elements in the large layout. */
    IndexedLayout toIndexed() {
        int n = size();
        byte[][] members = new byte[n][];
        double[] scores = new double[n];
        copyTo(scores, members);
        return IndexedLayout.of(scores, members, n);
    }

    private void copyTo(double[] scores, byte[][] members) {
        int i = 0;
        for (int pos = pack.first(); !pack.atEnd(pos); pos = pack.next(pack.next(pos)), i++) {
            members[i] = pack.get(pos);
            scores[i] = scoreAt(pack.next(pos));
        }
    }

    private double scoreAt(int pos) {
        return Double.longBitsToDouble((long) LONGS.get(pack.buffer(), pack.dataStart(pos)));
    }

    private static byte[] bytes(double score) {
        byte[] b = new byte[8];
        // + 0.0 turns -0 into 0, as Redis's text form of the score does.
        LONGS.set(b, 0, Double.doubleToRawLongBits(score + 0.0));
        return b;
    }
}
