package dev.cinnabar.command.zset;

import java.util.Arrays;

/**
 * A growable list of (member, score) elements in two parallel arrays, for results that are gathered
 * before they are stored or sorted: no object per element.
 */
final class ElementList {

    private static final int INSERTION_SORT_BELOW = 16;

    private double[] scores;
    private byte[][] members;
    private int size;

    ElementList(int expected) {
        scores = new double[Math.max(expected, 4)];
        members = new byte[scores.length][];
    }

    int size() {
        return size;
    }

    double score(int i) {
        return scores[i];
    }

    byte[] member(int i) {
        return members[i];
    }

    void add(byte[] member, double score) {
        if (size == scores.length) {
            int capacity = size + (size >> 1);
            scores = Arrays.copyOf(scores, capacity);
            members = Arrays.copyOf(members, capacity);
        }
        scores[size] = score;
        members[size++] = member;
    }

    /** Puts the elements in sorted-set order: by score, then by member. */
    void sort() {
        quicksort(0, size - 1);
    }

    /** Reverses the order, for results gathered from the highest rank down. */
    void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            swap(i, j);
        }
    }

    /** The scores and members arrays, which may be longer than {@link #size()}. */
    double[] scores() {
        return scores;
    }

    byte[][] members() {
        return members;
    }

    private void quicksort(int lo, int hi) {
        while (hi - lo >= INSERTION_SORT_BELOW) {
            int mid = (lo + hi) >>> 1;
            // Median of three as pivot, moved to hi.
            if (less(mid, lo)) {
                swap(mid, lo);
            }
            if (less(hi, lo)) {
                swap(hi, lo);
            }
            if (less(mid, hi)) {
                swap(mid, hi);
            }
            int store = lo;
            for (int i = lo; i < hi; i++) {
                if (less(i, hi)) {
                    swap(i, store++);
                }
            }
            swap(store, hi);
            // Recurse into the smaller side, loop on the larger, to bound the stack depth.
            if (store - lo < hi - store) {
                quicksort(lo, store - 1);
                lo = store + 1;
            } else {
                quicksort(store + 1, hi);
                hi = store - 1;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && less(j, j - 1); j--) {
                swap(j, j - 1);
            }
        }
    }

    private boolean less(int a, int b) {
        return Cut.compare(scores[a], members[a], scores[b], members[b]) < 0;
    }

    private void swap(int a, int b) {
        double s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
        byte[] m = members[a];
        members[a] = members[b];
        members[b] = m;
    }
}
