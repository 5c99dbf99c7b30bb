package dev.cinnabar.command.zset;

import dev.cinnabar.keyspace.BytesTable;

import java.util.Arrays;

/** The member-to-score half of a large sorted set: a hash table whose values are unboxed doubles. */
final class ScoreTable extends BytesTable {

    private double[] scores;

    /** A table with room for {@code expected} members. */
    ScoreTable(int expected) {
        super(expected);
        scores = new double[capacity()];
    }

    private ScoreTable(ScoreTable other) {
        super(other);
        scores = other.scores.clone();
    }

    ScoreTable copy() {
        return new ScoreTable(this);
    }

    double score(int slot) {
        return scores[slot];
    }

    /** Adds a member known to be absent. */
    void add(byte[] member, double score) {
        // The slot first: adding may replace the scores array.
        int slot = add(member);
        scores[slot] = score;
    }

    void setScore(int slot, double score) {
        scores[slot] = score;
    }

    @Override
    protected void resizeValues(int capacity) {
        scores = Arrays.copyOf(scores, capacity);
    }

    @Override
    protected void moveValue(int from, int to) {
        scores[to] = scores[from];
    }

    @Override
    protected void clearValue(int slot) {
        // A double holds no reference.
    }
}
