package dev.cinnabar.command.sort;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.list.Lists;
import dev.cinnabar.command.list.QuickList;
import dev.cinnabar.command.set.SetValue;
import dev.cinnabar.command.zset.Scores;
import dev.cinnabar.command.zset.SortedSet;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SORT and SORT_RO, after Redis 7.0's {@code sortCommandGeneric}: the options are read first, then the
 * key (a list, set or sorted set; absent counts as empty), the LIMIT window is clamped to the size, the
 * elements are weighed and sorted unless a BY without a star says not to, and the window is replied,
 * through the GET patterns when there are any, or stored as a list.
 */
@Component
final class Sorting {

    private static final RedisError UNREADABLE_WEIGHT = new RedisError("ERR One or more scores can't be converted into double");

    private final Lists lists;

    Sorting(Lists lists) {
        this.lists = lists;
    }

    void run(Call call, boolean readOnly) {
        SortOptions options = SortOptions.parse(call, readOnly);
        Object value = source(call);
        if (value instanceof SetValue && options.unsorted && options.destination != null) {
            options.sortStoredSet();
        }
        if (value instanceof SortedSet zset) {
            zset.convertForSort();
        }
        long size = value == null ? 0 : SortElements.size(value);
        // Redis's clamping of LIMIT, which leaves end just before start when the window is empty.
        long start = Math.min(Math.max(options.offset, 0), size);
        long count = Math.min(Math.max(options.count, -1), size);
        long end = count < 0 ? size - 1 : start + count - 1;
        if (start >= size) {
            start = size - 1;
            end = size - 2;
        }
        end = Math.min(end, size - 1);
        int windowSize = (int) (end - start + 1);
        List<byte[]> elements;
        if (value == null) {
            elements = List.of();
        } else if (options.unsorted && SortElements.ordered(value)) {
            elements = SortElements.window(value, start, windowSize, options.descending);
            start = 0;
        } else {
            elements = SortElements.all(value);
        }
        if (!options.unsorted) {
            elements = sorted(call, options, elements, (int) start, (int) start + windowSize - 1);
        }
        List<byte[]> window = windowSize == 0 ? List.of() : elements.subList((int) start, (int) start + windowSize);
        if (options.destination == null) {
            call.changedKeys();
            reply(call, options, window);
        } else {
            store(call, options, window);
        }
    }

    private static Object source(Call call) {
        Entry entry = call.database().read(call.arg(1), call.now());
        if (entry == null) {
            return null;
        }
        Object value = entry.value();
        if (!(value instanceof QuickList || value instanceof SetValue || value instanceof SortedSet)) {
            throw RedisError.WRONG_TYPE;
        }
        return value;
    }

    /**
     * The elements in order, at least those of ranks {@code first} to {@code last}. Every element is
     * weighed (looking up its BY key) before a weight that does not read as a number fails the command,
     * as Redis does all its lookups first.
     */
    private static List<byte[]> sorted(Call call, SortOptions options, List<byte[]> elements, int first, int last) {
        int n = elements.size();
        byte[][] items = elements.toArray(new byte[n][]);
        double[] weights = options.alpha ? null : new double[n];
        byte[][] alphaKeys = options.alpha && options.by != null ? new byte[n][] : null;
        // ALPHA without BY compares the elements themselves: there is nothing to weigh.
        int weighed = weights != null || alphaKeys != null ? n : 0;
        boolean unreadable = false;
        for (int i = 0; i < weighed; i++) {
            byte[] key = options.by == null ? items[i] : options.by.lookup(call, items[i]);
            if (key == null) {
                continue;
            }
            if (alphaKeys != null) {
                alphaKeys[i] = key;
            } else {
                weights[i] = Scores.sortWeight(key);
                unreadable |= Double.isNaN(weights[i]);
            }
        }
        if (unreadable) {
            throw UNREADABLE_WEIGHT;
        }
        int[] indexes = new int[n];
        Arrays.setAll(indexes, i -> i);
        SortOrder order = SortOrder.of(options, items, weights, alphaKeys);
        if (options.by != null && (first != 0 || last != n - 1)) {
            PartialQuickSort.sort(indexes, order, first, last);
        } else {
            MergeSort.sort(indexes, order);
        }
        List<byte[]> ordered = new ArrayList<>(n);
        for (int index : indexes) {
            ordered.add(items[index]);
        }
        return ordered;
    }

    private static void reply(Call call, SortOptions options, List<byte[]> window) {
        Reply reply = call.reply();
        reply.array(window.size() * Math.max(1, options.gets.size()));
        for (byte[] element : window) {
            if (options.gets.isEmpty()) {
                reply.bulk(element);
            }
            for (KeyPattern get : options.gets) {
                byte[] found = get.lookup(call, element);
                if (found == null) {
                    reply.nullBulk();
                } else {
                    reply.bulk(found);
                }
            }
        }
    }

    /**
     * STORE: the window, through the GET patterns (a missing value stored as the empty string), becomes
     * a list at the destination whatever it held, or the destination is deleted when there is nothing to
     * store. Like Redis 7.0's setKey, this wakes clients blocked on the destination only when it was absent.
     */
    private void store(Call call, SortOptions options, List<byte[]> window) {
        QuickList list = lists.newList();
        for (byte[] element : window) {
            if (options.gets.isEmpty()) {
                list.pushLast(element);
            }
            for (KeyPattern get : options.gets) {
                byte[] found = get.lookup(call, element);
                list.pushLast(found == null ? new byte[0] : found);
            }
        }
        if (list.isEmpty()) {
            boolean deleted = call.database().delete(options.destination, call.now());
            call.changedKeys(deleted ? new byte[][] {options.destination} : new byte[0][]);
        } else {
            call.database().put(options.destination, list, call.now());
            call.changedKeys(options.destination);
        }
        call.reply().integer(list.size());
    }
}
