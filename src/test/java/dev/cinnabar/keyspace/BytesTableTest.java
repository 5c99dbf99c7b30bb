package dev.cinnabar.keyspace;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BytesTableTest {

    /** A table whose value is an int per slot, to check that values follow their keys when slots move. */
    private static final class IntTable extends BytesTable {
        private int[] values = new int[4];

        IntTable() {
            super(0);
        }

        void put(byte[] key, int value) {
            int slot = find(key);
            if (slot < 0) {
                slot = add(key);
            }
            values[slot] = value;
        }

        int get(byte[] key) {
            int slot = find(key);
            return slot < 0 ? -1 : values[slot];
        }

        @Override
        protected void resizeValues(int capacity) {
            values = Arrays.copyOf(values, capacity);
        }

        @Override
        protected void moveValue(int from, int to) {
            values[to] = values[from];
        }

        @Override
        protected void clearValue(int slot) {
            values[slot] = 0;
        }
    }

    private static byte[] key(int i) {
        return ("k" + i).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void agreesWithAHashMapThroughRandomAddsAndRemoves() {
        IntTable table = new IntTable();
        Map<Integer, Integer> model = new HashMap<>();
        Random random = new Random(7);
        for (int step = 0; step < 200_000; step++) {
            int k = random.nextInt(5_000);
            if (random.nextInt(3) == 0) {
                int slot = table.find(key(k));
                assertThat(slot >= 0).isEqualTo(model.containsKey(k));
                if (slot >= 0) {
                    table.removeAt(slot);
                    model.remove(k);
                }
            } else {
                table.put(key(k), step);
                model.put(k, step);
            }
        }
        assertThat(table.size()).isEqualTo(model.size());
        for (int k = 0; k < 5_000; k++) {
            assertThat(table.get(key(k))).isEqualTo(model.getOrDefault(k, -1));
        }
    }

    @Test
    void scanReturnsEveryKeyPresentThroughoutEvenAsTheTableGrowsAndShrinks() {
        IntTable table = new IntTable();
        for (int i = 0; i < 1_000; i++) {
            table.put(key(i), i);
        }
        Set<String> seen = new HashSet<>();
        long cursor = 0;
        int round = 0;
        do {
            List<String> batch = new ArrayList<>();
            cursor = table.scan(cursor, slot -> batch.add(new String(table.key(slot), StandardCharsets.UTF_8)));
            seen.addAll(batch);
            round++;
            if (round == 50) {
                for (int i = 1_000; i < 5_000; i++) {
                    table.put(key(i), i);
                }
            }
            if (round == 300) {
                for (int i = 1_000; i < 5_000; i++) {
                    table.removeAt(table.find(key(i)));
                }
            }
        } while (cursor != 0);
        for (int i = 0; i < 1_000; i++) {
            assertThat(seen).contains("k" + i);
        }
    }

    @Test
    void emptiedTableShrinksAndStillWorks() {
        IntTable table = new IntTable();
        for (int i = 0; i < 10_000; i++) {
            table.put(key(i), i);
        }
        for (int i = 0; i < 10_000; i++) {
            table.removeAt(table.find(key(i)));
        }
        assertThat(table.size()).isZero();
        table.put(key(1), 1);
        assertThat(table.get(key(1))).isEqualTo(1);
        long cursor = table.scan(0, slot -> { });
        assertThat(cursor).isNotNegative();
    }
}
