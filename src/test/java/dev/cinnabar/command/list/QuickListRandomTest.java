package dev.cinnabar.command.list;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives a {@link QuickList} and a {@link java.util.ArrayList} through the same random operations under
 * each kind of node setting, with elements around the one- and two-byte header sizes and beyond a node's
 * limit, and checks after every step that they hold the same elements and that the nodes keep their shape.
 */
class QuickListRandomTest {

    private static final int STEPS = 6000;

    @ParameterizedTest
    @ValueSource(ints = {-2, -1, -5, 0, 1, 2, 5, 128})
    void behavesLikeAnArrayList(int fill) {
        Random random = new Random(31L * fill + 17);
        QuickList list = new QuickList(fill);
        List<byte[]> model = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            apply(random, list, model);
            assertThat(list.size()).isEqualTo(model.size());
            checkNodes(list, fill);
            if (step % 97 == 0) {
                assertSameElements(list, model);
            }
        }
        assertSameElements(list, model);
        QuickList copy = list.copy();
        list.removeFirst(list.size());
        assertThat(list.isEmpty()).isTrue();
        assertThat(list.firstNode()).isNull();
        assertSameElements(copy, model);
    }

    private static void apply(Random random, QuickList list, List<byte[]> model) {
        int size = model.size();
        int op = random.nextInt(size == 0 ? 2 : 13);
        switch (op) {
            case 0 -> {
                byte[] value = element(random);
                list.pushFirst(value);
                model.add(0, value);
            }
            case 1 -> {
                byte[] value = element(random);
                list.pushLast(value);
                model.add(value);
            }
            case 2 -> assertThat(list.popFirst()).isEqualTo(model.remove(0));
            case 3 -> assertThat(list.popLast()).isEqualTo(model.remove(size - 1));
            case 4 -> {
                int n = random.nextInt(Math.min(size, 40) + 1);
                list.removeFirst(n);
                model.subList(0, n).clear();
            }
            case 5 -> {
                int n = random.nextInt(Math.min(size, 40) + 1);
                list.removeLast(n);
                model.subList(size - n, size).clear();
            }
            case 6 -> {
                int index = random.nextInt(size);
                QuickList.Cursor cursor = list.at(index);
                assertThat(Arrays.copyOfRange(cursor.buffer(), cursor.offset(), cursor.offset() + cursor.length()))
                        .isEqualTo(model.get(index));
            }
            case 7 -> {
                int index = random.nextInt(size);
                byte[] value = element(random);
                list.at(index).replace(value);
                model.set(index, value);
            }
            case 8, 9 -> {
                int index = random.nextInt(size);
                boolean after = op == 9;
                byte[] value = element(random);
                list.at(index).insert(value, after);
                model.add(after ? index + 1 : index, value);
            }
            case 10 -> removeWalking(random, list, model, true);
            case 11 -> removeWalking(random, list, model, false);
            default -> {
                for (int i = 0; i < 30; i++) {
                    byte[] value = element(random);
                    list.pushLast(value);
                    model.add(value);
                }
            }
        }
    }

    /** Walks from a random index, deleting some elements on the way, as LREM does. */
    private static void removeWalking(Random random, QuickList list, List<byte[]> model, boolean towardsTail) {
        int index = random.nextInt(model.size());
        QuickList.Cursor cursor = list.at(index);
        for (int steps = random.nextInt(60); steps > 0 && cursor.valid(); steps--) {
            assertThat(cursor.value()).isEqualTo(model.get(index));
            if (random.nextInt(3) == 0) {
                cursor.remove(towardsTail);
                model.remove(index);
                if (!towardsTail) {
                    index--;
                }
            } else {
                cursor.move(towardsTail);
                index += towardsTail ? 1 : -1;
            }
        }
        assertThat(cursor.valid()).isEqualTo(index >= 0 && index < model.size());
    }

    private static byte[] element(Random random) {
        int length = switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> 126 + random.nextInt(4);
            case 2 -> 200 + random.nextInt(400);
            case 3 -> random.nextInt(50) == 0 ? 9000 + random.nextInt(70000) : 16;
            default -> 1 + random.nextInt(24);
        };
        byte[] value = new byte[length];
        random.nextBytes(value);
        return value;
    }

    private static void assertSameElements(QuickList list, List<byte[]> model) {
        List<byte[]> forward = new ArrayList<>();
        for (QuickList.Cursor c = list.first(); c.valid(); c.move(true)) {
            forward.add(c.value());
        }
        assertThat(forward).containsExactlyElementsOf(model);
        List<byte[]> backward = new ArrayList<>();
        for (QuickList.Cursor c = list.last(); c.valid(); c.move(false)) {
            backward.add(0, c.value());
        }
        assertThat(backward).containsExactlyElementsOf(model);
    }

    /** Links agree both ways, no node is empty, counts add up, and a node over its bound holds one element. */
    private static void checkNodes(QuickList list, int fill) {
        long total = 0;
        PackedNode previous = null;
        for (PackedNode node = list.firstNode(); node != null; node = node.next) {
            assertThat(node.prev).isSameAs(previous);
            assertThat(node.count).isPositive();
            int counted = 0;
            for (int pos = node.head; pos < node.tail; pos = node.next(pos)) {
                counted++;
            }
            assertThat(counted).isEqualTo(node.count);
            if (node.count > 1) {
                assertThat(PackedNode.withinLimit(node.used(), fill)).isTrue();
                assertThat(fill < 0 || node.count <= fill).isTrue();
            }
            total += node.count;
            previous = node;
        }
        assertThat(total).isEqualTo(list.size());
    }
}
