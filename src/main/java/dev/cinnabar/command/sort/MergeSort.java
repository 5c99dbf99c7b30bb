package dev.cinnabar.command.sort;

/**
 * A stable sort of indexes, as glibc's qsort (a merge sort) is for SORT: equal elements keep the order
 * they came in. Sorting ints rather than objects keeps the comparisons on primitive arrays.
 */
final class MergeSort {

    /** Runs this short are sorted by insertion. */
    private static final int RUN = 16;

    private MergeSort() {
    }

    static void sort(int[] indexes, SortOrder order) {
        sort(indexes, new int[indexes.length], 0, indexes.length, order);
    }

    private static void sort(int[] a, int[] scratch, int from, int to, SortOrder order) {
        if (to - from <= RUN) {
            insertionSort(a, from, to, order);
            return;
        }
        int middle = (from + to) >>> 1;
        sort(a, scratch, from, middle, order);
        sort(a, scratch, middle, to, order);
        if (order.compare(a[middle - 1], a[middle]) <= 0) {
            return;
        }
        System.arraycopy(a, from, scratch, from, to - from);
        int left = from;
        int right = middle;
        int out = from;
        while (left < middle && right < to) {
            // Only a strictly smaller right element goes first: that keeps equal ones in order.
            a[out++] = order.compare(scratch[right], scratch[left]) < 0 ? scratch[right++] : scratch[left++];
        }
        System.arraycopy(scratch, left, a, out, middle - left);
        out += middle - left;
        System.arraycopy(scratch, right, a, out, to - right);
    }

    private static void insertionSort(int[] a, int from, int to, SortOrder order) {
        for (int i = from + 1; i < to; i++) {
            int value = a[i];
            int j = i;
            for (; j > from && order.compare(a[j - 1], value) > 0; j--) {
                a[j] = a[j - 1];
            }
            a[j] = value;
        }
    }
}
