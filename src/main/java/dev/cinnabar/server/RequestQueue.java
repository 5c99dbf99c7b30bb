package dev.cinnabar.server;

import java.util.Arrays;

/**
 * The requests a connection has read and not yet run, oldest first. Most batches run whole, so the
 * array is reused from one to the next without moving anything; a list's range removal (shifting the
 * tail, counting modifications) showed up at a few percent of the event loop's user time when every
 * batch was one request.
 */
final class RequestQueue {

    private Object[] items = new Object[16];
    private int head;
    private int tail;

    void add(Object request) {
        if (tail == items.length) {
            makeRoom();
        }
        items[tail++] = request;
    }

    boolean isEmpty() {
        return head == tail;
    }

    int size() {
        return tail - head;
    }

    /** The request {@code index} places behind the oldest. */
    Object get(int index) {
        return items[head + index];
    }

    /** Drops the {@code count} oldest requests, and with them the references to their arguments. */
    void removeFirst(int count) {
        Arrays.fill(items, head, head + count, null);
        head += count;
        if (head == tail) {
            head = 0;
            tail = 0;
        }
    }

    void clear() {
        removeFirst(size());
    }

    /** Slides the queued requests to the front if that frees half the array, else doubles it. */
    private void makeRoom() {
        if (size() <= items.length / 2) {
            System.arraycopy(items, head, items, 0, tail - head);
            Arrays.fill(items, tail - head, tail, null);
            tail -= head;
            head = 0;
        } else {
            items = Arrays.copyOf(items, items.length * 2);
        }
    }
}
