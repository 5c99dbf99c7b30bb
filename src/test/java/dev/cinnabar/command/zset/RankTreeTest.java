package dev.cinnabar.command.zset;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The B+tree against a TreeSet model under random inserts and deletes, with every rank and count checked. */
class RankTreeTest {

    private record Element(double score, byte[] member) {
    }

    private static final Comparator<Element> ORDER = (a, b) -> Cut.compare(a.score, a.member, b.score, b.member);

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void randomOperationsKeepOrderRanksAndCounts() {
        Random random = new Random(42);
        RankTree tree = new RankTree();
        TreeSet<Element> model = new TreeSet<>(ORDER);
        for (int round = 0; round < 60_000; round++) {
            boolean grow = round % 20_000 < 12_000;
            if ((grow && random.nextInt(10) < 7) || model.isEmpty()) {
                Element e = new Element(random.nextInt(500), bytes("m" + random.nextInt(5000)));
                if (model.add(e)) {
                    tree.insert(e.score, e.member);
                }
            } else {
                Element e = model.ceiling(new Element(random.nextInt(500), bytes("m" + random.nextInt(5000))));
                if (e == null) {
                    e = model.first();
                }
                model.remove(e);
                tree.delete(e.score, e.member);
            }
            if (round % 997 == 0) {
                assertSame(tree, model);
            }
        }
        assertSame(tree, model);
    }

    @Test
    void deletingByRankRemovesAndReturnsThatElement() {
        Random random = new Random(11);
        RankTree tree = new RankTree();
        List<Element> model = new ArrayList<>();
        TreeSet<Element> sorted = new TreeSet<>(ORDER);
        for (int round = 0; round < 40_000; round++) {
            if (random.nextInt(10) < 6 || sorted.isEmpty()) {
                Element e = new Element(random.nextInt(300), bytes("r" + random.nextInt(8000)));
                if (sorted.add(e)) {
                    tree.insert(e.score, e.member);
                }
                continue;
            }
            model.clear();
            model.addAll(sorted);
            int rank = switch (random.nextInt(3)) {
                case 0 -> 0;
                case 1 -> model.size() - 1;
                default -> random.nextInt(model.size());
            };
            assertThat(tree.deleteAt(rank)).isSameAs(model.get(rank).member);
            sorted.remove(model.get(rank));
            if (round % 991 == 0) {
                assertSame(tree, sorted);
            }
        }
        assertSame(tree, sorted);
    }

    @Test
    void deletingAnAbsentElementFailsAndChangesNothing() {
        RankTree tree = new RankTree();
        TreeSet<Element> model = new TreeSet<>(ORDER);
        for (int i = 0; i < 500; i++) {
            Element e = new Element(i % 50, bytes("d" + i));
            model.add(e);
            tree.insert(e.score, e.member);
        }
        for (Element absent : List.of(new Element(3, bytes("nope")), new Element(1000, bytes("z")), new Element(-1, bytes("a")))) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> tree.delete(absent.score, absent.member));
        }
        assertSame(tree, model);
    }

    @Test
    void drainingInRandomOrderEmptiesTheTree() {
        Random random = new Random(7);
        RankTree tree = new RankTree();
        TreeSet<Element> model = new TreeSet<>(ORDER);
        while (model.size() < 100_000) {
            Element e = new Element(random.nextGaussian(), bytes("e" + random.nextInt()));
            if (model.add(e)) {
                tree.insert(e.score, e.member);
            }
        }
        List<Element> order = new ArrayList<>(model);
        java.util.Collections.shuffle(order, random);
        for (int i = 0; i < order.size(); i++) {
            tree.delete(order.get(i).score, order.get(i).member);
            model.remove(order.get(i));
            if (i % 25_000 == 0) {
                assertSame(tree, model);
            }
        }
        assertThat(tree.size()).isZero();
        tree.insert(1, bytes("again"));
        assertThat(tree.at(0).member()).isEqualTo(bytes("again"));
    }

    @Test
    void ascendingAndDescendingRunsFillLeaves() {
        RankTree up = new RankTree();
        RankTree down = new RankTree();
        TreeSet<Element> model = new TreeSet<>(ORDER);
        for (int i = 0; i < 10_000; i++) {
            up.insert(i, bytes("u"));
            down.insert(-i, bytes("d"));
            model.add(new Element(i, bytes("u")));
        }
        assertSame(up, model);
        for (int i = 0; i < 10_000; i += 3) {
            up.delete(i, bytes("u"));
            model.remove(new Element(i, bytes("u")));
        }
        assertSame(up, model);
        assertThat(down.size()).isEqualTo(10_000);
        assertThat(down.at(0).score()).isEqualTo(-9999);
    }

    @Test
    void buildMatchesInsertion() {
        for (int n : new int[] {0, 1, 63, 64, 65, 129, 4096, 4097, 300_000}) {
            double[] scores = new double[n];
            byte[][] members = new byte[n][];
            TreeSet<Element> model = new TreeSet<>(ORDER);
            for (int i = 0; i < n; i++) {
                scores[i] = i / 3;
                members[i] = bytes(String.format("%08d", i));
                model.add(new Element(scores[i], members[i]));
            }
            RankTree tree = RankTree.build(scores, members, n);
            assertSame(tree, model);
            for (int i = 0; i < n; i += 2) {
                tree.delete(scores[i], members[i]);
                model.remove(new Element(scores[i], members[i]));
            }
            assertSame(tree, model);
        }
    }

    @Test
    void negativeZeroTiesWithZero() {
        RankTree tree = new RankTree();
        tree.insert(0.0, bytes("b"));
        tree.insert(-0.0, bytes("a"));
        tree.insert(-0.0, bytes("c"));
        assertThat(new String(tree.at(0).member(), StandardCharsets.UTF_8)).isEqualTo("a");
        assertThat(tree.count(Cut.score(0.0, false))).isZero();
        assertThat(tree.count(Cut.score(-0.0, true))).isEqualTo(3);
        tree.delete(0.0, bytes("b"));
        assertThat(tree.size()).isEqualTo(2);
    }

    private static void assertSame(RankTree tree, TreeSet<Element> model) {
        assertThat(tree.size()).isEqualTo(model.size());
        List<Element> list = new ArrayList<>(model);
        if (!list.isEmpty()) {
            Cursor forward = tree.at(0);
            for (int i = 0; i < list.size(); i++, forward.next()) {
                assertThat(forward.score()).isEqualTo(list.get(i).score);
                assertThat(forward.member()).isEqualTo(list.get(i).member);
            }
            Cursor backward = tree.at(list.size() - 1);
            for (int i = list.size() - 1; i >= 0; i--, backward.previous()) {
                assertThat(backward.member()).isEqualTo(list.get(i).member);
            }
        }
        int step = Math.max(1, list.size() / 300);
        for (int i = 0; i < list.size(); i += step) {
            Element e = list.get(i);
            assertThat(tree.count(Cut.before(e.score, e.member))).isEqualTo(i);
            assertThat(tree.at(i).member()).isEqualTo(e.member);
        }
        for (double s = -3; s <= 501; s += s < 3 ? 0.25 : 7) {
            double bound = s;
            long below = list.stream().filter(e -> e.score < bound).count();
            assertThat(tree.count(Cut.score(s, false))).isEqualTo(below);
            long atMost = list.stream().filter(e -> e.score <= bound).count();
            assertThat(tree.count(Cut.score(s, true))).isEqualTo(atMost);
        }
    }
}
