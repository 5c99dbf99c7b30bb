package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Intersection, union and difference of the sets named by a command, computed the way Redis 7.0 computes
 * them, because the way shows: the order an intersection's members come out in, and whether a result
 * built member by member ends up an intset or a table.
 */
final class SetAlgebra {

    /** Receives the members of an intersection as indexes into the set they were found in. */
    @FunctionalInterface
    interface MemberVisitor {
        /** Takes {@code set}'s member at {@code index}; false to stop the walk. */
        boolean visit(SetValue set, int index);
    }

    private SetAlgebra() {
    }

    /**
     * The sets at arguments {@code from} to {@code to - 1}, each read as a keyspace hit or miss; null for
     * an absent key. Any key of another type is the WRONGTYPE error, whatever else is absent.
     */
    static SetValue[] sources(Call call, int from, int to) {
        SetValue[] sets = new SetValue[to - from];
        for (int i = from; i < to; i++) {
            sets[i - from] = Sets.read(call, i);
        }
        return sets;
    }

    static boolean anyAbsent(SetValue[] sets) {
        for (SetValue set : sets) {
            if (set == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks the members common to all sets, none absent, in the order of the smallest set (the first of
     * equally small ones), testing each against the others; a key named twice is tested once.
     */
    static void intersect(SetValue[] sets, MemberVisitor visitor) {
        SetValue[] bySize = sets.clone();
        Arrays.sort(bySize, Comparator.comparingInt(SetValue::size));
        SetValue smallest = bySize[0];
        int size = smallest.size();
        for (int i = 0; i < size; i++) {
            if (inAllOthers(bySize, smallest, i) && !visitor.visit(smallest, i)) {
                return;
            }
        }
    }

    private static boolean inAllOthers(SetValue[] sets, SetValue smallest, int index) {
        for (int j = 1; j < sets.length; j++) {
            if (sets[j] != smallest && !sets[j].containsMemberOf(smallest, index)) {
                return false;
            }
        }
        return true;
    }

    /** The intersection as a new set, built from an empty intset like SINTERSTORE's. */
    static SetValue intersection(SetValue[] sets, long maxIntsetEntries) {
        SetValue result = SetValue.intset();
        intersect(sets, (set, index) -> {
            result.addMemberOf(set, index, maxIntsetEntries);
            return true;
        });
        return result;
    }

    /** Every member of every set (null sets are empty), added in order to an empty intset. */
    static SetValue union(SetValue[] sets, long maxIntsetEntries) {
        SetValue result = SetValue.intset();
        for (SetValue set : sets) {
            if (set != null) {
                addAll(result, set, maxIntsetEntries);
            }
        }
        return result;
    }

    /**
     * The members of the first set in none of the others. Like Redis, either tests each member of the
     * first set against the others, or adds the whole first set and removes the others' members,
     * whichever looks like less work; the second can leave a table where the first leaves an intset.
     */
    static SetValue difference(SetValue[] sets, long maxIntsetEntries) {
        SetValue result = SetValue.intset();
        SetValue first = sets[0];
        if (first == null || repeatsFirst(sets)) {
            return result;
        }
        if (testsEachMember(sets)) {
            for (int i = 0; i < first.size(); i++) {
                if (!inAnyOther(sets, first, i)) {
                    result.addMemberOf(first, i, maxIntsetEntries);
                }
            }
            return result;
        }
        addAll(result, first, maxIntsetEntries);
        for (int j = 1; j < sets.length && !result.isEmpty(); j++) {
            if (sets[j] != null) {
                for (int i = 0; i < sets[j].size(); i++) {
                    result.remove(sets[j].member(i));
                }
            }
        }
        return result;
    }

    private static boolean repeatsFirst(SetValue[] sets) {
        for (int j = 1; j < sets.length; j++) {
            if (sets[j] == sets[0]) {
                return true;
            }
        }
        return false;
    }

    /** Redis's estimate: testing costs the first set's size per set, halved for its better constants. */
    private static boolean testsEachMember(SetValue[] sets) {
        long testing = 0;
        long subtracting = 0;
        for (SetValue set : sets) {
            if (set != null) {
                testing += sets[0].size();
                subtracting += set.size();
            }
        }
        return testing / 2 <= subtracting;
    }

    private static boolean inAnyOther(SetValue[] sets, SetValue first, int index) {
        for (int j = 1; j < sets.length; j++) {
            if (sets[j] != null && sets[j].containsMemberOf(first, index)) {
                return true;
            }
        }
        return false;
    }

    private static void addAll(SetValue target, SetValue source, long maxIntsetEntries) {
        int size = source.size();
        for (int i = 0; i < size; i++) {
            target.addMemberOf(source, i, maxIntsetEntries);
        }
    }

    /**
     * Stores a *STORE command's result at argument 1, replacing whatever was there (TTL included), or
     * deletes that key when the result is empty; replies with the result's size.
     */
    static void store(Call call, SetValue result) {
        byte[] destination = call.arg(1);
        if (result.isEmpty()) {
            call.database().delete(destination, call.now());
        } else {
            call.database().put(destination, result, call.now());
        }
        call.reply().integer(result.size());
    }
}
