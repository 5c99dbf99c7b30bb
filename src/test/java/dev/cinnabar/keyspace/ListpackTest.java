package dev.cinnabar.keyspace;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ListpackTest {

    private static List<String> contents(Listpack pack) {
        List<String> out = new ArrayList<>();
        for (int pos = pack.first(); !pack.atEnd(pos); pos = pack.next(pos)) {
            out.add(new String(pack.get(pos)));
        }
        return out;
    }

    @Test
    void agreesWithAListThroughRandomEdits() {
        Listpack pack = new Listpack();
        List<String> model = new ArrayList<>();
        Random random = new Random(3);
        for (int step = 0; step < 5_000; step++) {
            // Lengths around the one- and two-byte header boundary and well past it.
            String s = "x".repeat(random.nextInt(3) == 0 ? random.nextInt(20_000) : random.nextInt(200));
            int index = model.isEmpty() ? 0 : random.nextInt(model.size());
            switch (random.nextInt(4)) {
                case 0 -> {
                    pack.insert(pack.positionOf(index), s.getBytes());
                    model.add(index, s);
                }
                case 1 -> {
                    pack.append(s.getBytes());
                    model.add(s);
                }
                case 2 -> {
                    if (!model.isEmpty()) {
                        pack.remove(pack.positionOf(index), 1);
                        model.remove(index);
                    }
                }
                default -> {
                    if (!model.isEmpty()) {
                        pack.replace(pack.positionOf(index), s.getBytes());
                        model.set(index, s);
                    }
                }
            }
            assertThat(pack.size()).isEqualTo(model.size());
        }
        assertThat(contents(pack)).isEqualTo(model);
    }

    @Test
    void findsWithAStrideAndComparesUnsigned() {
        Listpack pack = new Listpack();
        for (String s : new String[] {"f1", "v1", "f2", "f1"}) {
            pack.append(s.getBytes());
        }
        // With a stride of 2 only fields are searched: "f1" as the value of f2 is not a field.
        assertThat(pack.find("f1".getBytes(), 2)).isEqualTo(pack.first());
        assertThat(pack.find("v1".getBytes(), 2)).isEqualTo(-1);
        assertThat(pack.find("v1".getBytes(), 1)).isEqualTo(pack.positionOf(1));
        Listpack high = new Listpack();
        high.append(new byte[] {(byte) 0xff});
        assertThat(high.compareAt(high.first(), new byte[] {0x01})).isPositive();
        assertThat(pack.copy().size()).isEqualTo(4);
    }
}
