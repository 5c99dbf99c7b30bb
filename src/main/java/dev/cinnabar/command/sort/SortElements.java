package dev.cinnabar.command.sort;

import dev.cinnabar.command.list.QuickList;
import dev.cinnabar.command.set.SetValue;
import dev.cinnabar.command.zset.SortedSet;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements SORT starts from. A list or sorted set left unsorted yields only the window LIMIT asks
 * for, walked from the end DESC names, so that window is then the whole; anything else yields every
 * element (a set in its own order), and the window is cut after sorting.
 */
final class SortElements {

    private SortElements() {
    }

    /** Every element, in the value's order: a list's, a sorted set's rank order, a set's index order. */
    static List<byte[]> all(Object value) {
        List<byte[]> elements = new ArrayList<>();
        if (value instanceof QuickList list) {
            window(list, 0, list.size(), false, elements);
        } else if (value instanceof SortedSet zset) {
            zset.forEachMember(0, zset.size(), false, elements::add);
        } else if (value instanceof SetValue set) {
            set.forEach(elements::add);
        }
        return elements;
    }

    /** Whether {@link #window} applies: the value keeps its elements in an order of its own. */
    static boolean ordered(Object value) {
        return value instanceof QuickList || value instanceof SortedSet;
    }

    /** {@code count} elements from {@code offset}, counted from the tail (or highest rank) when {@code fromEnd}. */
    static List<byte[]> window(Object value, long offset, long count, boolean fromEnd) {
        List<byte[]> elements = new ArrayList<>((int) count);
        if (value instanceof QuickList list) {
            window(list, offset, count, fromEnd, elements);
        } else {
            ((SortedSet) value).forEachMember((int) offset, (int) count, fromEnd, elements::add);
        }
        return elements;
    }

    private static void window(QuickList list, long offset, long count, boolean fromEnd, List<byte[]> into) {
        if (count == 0) {
            return;
        }
        QuickList.Cursor cursor = list.at(fromEnd ? list.size() - 1 - offset : offset);
        for (long i = 0; i < count; i++) {
            into.add(cursor.value());
            cursor.move(!fromEnd);
        }
    }

    static long size(Object value) {
        if (value instanceof QuickList list) {
            return list.size();
        }
        return value instanceof SortedSet zset ? zset.size() : ((SetValue) value).size();
    }
}
