package dev.cinnabar.command.sort;

import java.util.Comparator;

/**
 * The partial quicksort Redis's SORT uses when a BY pattern meets a LIMIT window: Bentley and McIlroy's
 * quicksort ("Engineering a Sort Function", as BSD libcs have it) that leaves alone the partitions lying
 * wholly outside the ranks wanted. Being unstable, it decides the order of equal elements, which shows
 * in the reply; so the steps here are the same as Redis's: the pivot choice (median of three, or of
 * three medians past 40 elements), the partition that gathers equal elements at both ends and swaps
 * them into the middle, insertion sort below 7 elements or when a partition swapped nothing.
 */
final class PartialQuickSort {

    private static final int SMALL = 7;
    private static final int NINTHER_ABOVE = 40;

    private PartialQuickSort() {
    }

    /** Puts the elements of ranks {@code first} to {@code last} (inclusive) in place, in order. */
    static <T> void sort(T[] items, Comparator<? super T> order, int first, int last) {
        sort(items, 0, items.length, order, first, last);
    }

    private static <T> void sort(T[] a, int base, int n, Comparator<? super T> order, int first, int last) {
        while (true) {
            if (n < SMALL) {
                insertionSort(a, base, n, order);
                return;
            }
            int pivot = base + n / 2;
            if (n > SMALL) {
                int low = base;
                int high = base + n - 1;
                if (n > NINTHER_ABOVE) {
                    int d = n / 8;
                    low = median(a, low, low + d, low + 2 * d, order);
                    pivot = median(a, pivot - d, pivot, pivot + d, order);
                    high = median(a, high - 2 * d, high - d, high, order);
                }
                pivot = median(a, low, pivot, high, order);
            }
            swap(a, base, pivot);
            // [base+1, pa): equal to the pivot; [pa, pb): less; (pc, pd]: greater; (pd, end): equal.
            int pa = base + 1;
            int pb = pa;
            int pc = base + n - 1;
            int pd = pc;
            boolean swapped = false;
            while (true) {
                int c;
                while (pb <= pc && (c = order.compare(a[pb], a[base])) <= 0) {
                    if (c == 0) {
                        swapped = true;
                        swap(a, pa++, pb);
                    }
                    pb++;
                }
                while (pb <= pc && (c = order.compare(a[pc], a[base])) >= 0) {
                    if (c == 0) {
                        swapped = true;
                        swap(a, pc, pd--);
                    }
                    pc--;
                }
                if (pb > pc) {
                    break;
                }
                swap(a, pb++, pc--);
                swapped = true;
            }
            if (!swapped) {
                insertionSort(a, base, n, order);
                return;
            }
            int end = base + n;
            int r = Math.min(pa - base, pb - pa);
            swapRuns(a, base, pb - r, r);
            r = Math.min(pd - pc, end - pd - 1);
            swapRuns(a, pb, end - r, r);
            int less = pb - pa;
            if (less > 1 && overlaps(base, base + less - 1, first, last)) {
                sort(a, base, less, order, first, last);
            }
            int greater = pd - pc;
            if (greater <= 1 || !overlaps(end - greater, end - 1, first, last)) {
                return;
            }
            base = end - greater;
            n = greater;
        }
    }

    private static boolean overlaps(int from, int to, int first, int last) {
        return last >= from && first <= to;
    }

    /** The index of the median of three elements; which of equal ones it picks matters. */
    private static <T> int median(T[] a, int i, int j, int k, Comparator<? super T> order) {
        if (order.compare(a[i], a[j]) < 0) {
            return order.compare(a[j], a[k]) < 0 ? j : order.compare(a[i], a[k]) < 0 ? k : i;
        }
        return order.compare(a[j], a[k]) > 0 ? j : order.compare(a[i], a[k]) < 0 ? i : k;
    }

    private static <T> void insertionSort(T[] a, int base, int n, Comparator<? super T> order) {
        for (int m = base + 1; m < base + n; m++) {
            for (int l = m; l > base && order.compare(a[l - 1], a[l]) > 0; l--) {
                swap(a, l, l - 1);
            }
        }
    }

    /** Swaps the {@code n} elements from {@code i} with the {@code n} from {@code j}; the runs do not overlap. */
    private static <T> void swapRuns(T[] a, int i, int j, int n) {
        for (int k = 0; k < n; k++) {
            swap(a, i + k, j + k);
        }
    }

    private static <T> void swap(T[] a, int i, int j) {
        T t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
