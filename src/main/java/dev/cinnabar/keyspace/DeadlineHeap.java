package dev.cinnabar.keyspace;

import java.util.Arrays;

/**
 * (deadline, entry) slots in a binary min-heap of two parallel arrays: the part of the {@link ExpiryIndex}
 * that takes deadlines arriving in no useful order.
 */
final class DeadlineHeap {

    private long[] deadlines = new long[16];
    private Entry[] entries = new Entry[16];
    private int size;

    int size() {
        return size;
    }

    void add(Entry entry, long deadline) {
        if (size == deadlines.length) {
            deadlines = Arrays.copyOf(deadlines, size * 2);
            entries = Arrays.copyOf(entries, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (deadlines[parent] <= deadline) {
                break;
            }
            copySlot(parent, i);
            i = parent;
        }
        setSlot(i, deadline, entry);
    }

    /** The smallest deadline held; Long.MAX_VALUE when empty. */
    long peekDeadline() {
        return size == 0 ? Long.MAX_VALUE : deadlines[0];
    }

    Entry peekEntry() {
        return entries[0];
    }

    void poll() {
        size--;
        long lastDeadline = deadlines[size];
        Entry lastEntry = entries[size];
        entries[size] = null;
        if (size > 0) {
            siftDown(0, lastDeadline, lastEntry);
        }
    }

    /** Keeps the slots {@link ExpiryIndex#claim} accepts, restores heap order and gives back spare room. */
    void retainClaimed() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (ExpiryIndex.claim(entries[i], deadlines[i])) {
                copySlot(i, kept++);
            }
        }
        Arrays.fill(entries, kept, size, null);
        size = kept;
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, deadlines[i], entries[i]);
        }
        int capacity = ExpiryIndex.capacityFor(size);
        if (capacity < deadlines.length) {
            deadlines = Arrays.copyOf(deadlines, capacity);
            entries = Arrays.copyOf(entries, capacity);
        }
    }

    void releaseClaims() {
        for (int i = 0; i < size; i++) {
            ExpiryIndex.release(entries[i], deadlines[i]);
        }
    }

    private void siftDown(int i, long deadline, Entry entry) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < size && deadlines[right] < deadlines[child]) {
                child = right;
            }
            if (deadline <= deadlines[child]) {
                break;
            }
            copySlot(child, i);
            i = child;
        }
        setSlot(i, deadline, entry);
    }

    private void copySlot(int from, int to) {
        setSlot(to, deadlines[from], entries[from]);
    }

    private void setSlot(int i, long deadline, Entry entry) {
        deadlines[i] = deadline;
        entries[i] = entry;
    }
}
