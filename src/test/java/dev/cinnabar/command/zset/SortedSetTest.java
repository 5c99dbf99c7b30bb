package dev.cinnabar.command.zset;

import dev.cinnabar.command.Settings;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The value class across both layouts and the switch between them. */
class SortedSetTest {

    private final Settings settings = new Settings(6379, "127.0.0.1", 16, "", 10000, 0, 512L * 1024 * 1024);

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String s(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static List<String> members(SortedSet zset) {
        List<String> out = new ArrayList<>();
        zset.forEach((member, score) -> out.add(s(member) + "=" + score));
        return out;
    }

    @Test
    void switchesToTheIndexedLayoutBeforeAnInsertWouldPassALimit() {
        settings.zsetMaxListpackEntries(3);
        SortedSet zset = new SortedSet();
        zset.insert(b("c"), 3, settings);
        zset.insert(b("a"), 1, settings);
        zset.insert(b("b"), 2, settings);
        assertThat(zset.encoding()).isEqualTo("listpack");
        zset.update(b("a"), 10);
        assertThat(zset.encoding()).isEqualTo("listpack");
        zset.insert(b("d"), 0, settings);
        assertThat(zset.encoding()).isEqualTo("skiplist");
        assertThat(members(zset)).containsExactly("d=0.0", "b=2.0", "c=3.0", "a=10.0");
        zset.removeRange(0, 3);
        assertThat(zset.encoding()).isEqualTo("skiplist");
        assertThat(members(zset)).containsExactly("a=10.0");

        settings.zsetMaxListpackEntries(128);
        settings.zsetMaxListpackValue(2);
        SortedSet longMember = new SortedSet();
        longMember.insert(b("ab"), 1, settings);
        assertThat(longMember.encoding()).isEqualTo("listpack");
        longMember.insert(b("abc"), 1, settings);
        assertThat(longMember.encoding()).isEqualTo("skiplist");
    }

    @Test
    void theListpackStoresMinusZeroAsZeroButTheIndexKeepsIt() {
        SortedSet packed = new SortedSet();
        packed.insert(b("a"), -0.0, settings);
        assertThat(1 / packed.score(b("a"))).isPositive();
        settings.zsetMaxListpackEntries(0);
        SortedSet indexed = new SortedSet();
        indexed.insert(b("a"), -0.0, settings);
        assertThat(indexed.encoding()).isEqualTo("skiplist");
        assertThat(1 / indexed.score(b("a"))).isNegative();
    }

    @Test
    void bothLayoutsAgreeOnEveryQuery() {
        Settings indexedOnly = new Settings(6379, "127.0.0.1", 16, "", 10000, 0, 512L * 1024 * 1024);
        indexedOnly.zsetMaxListpackEntries(0);
        settings.zsetMaxListpackEntries(100_000);
        SortedSet packed = new SortedSet();
        SortedSet indexed = new SortedSet();
        Random random = new Random(3);
        Map<String, Double> model = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            String member = "m" + random.nextInt(400);
            double score = random.nextInt(50);
            Double old = model.put(member, score);
            for (SortedSet zset : new SortedSet[] {packed, indexed}) {
                if (old == null) {
                    zset.insert(b(member), score, zset == packed ? settings : indexedOnly);
                } else if (random.nextBoolean()) {
                    zset.update(b(member), score);
                } else {
                    assertThat(zset.remove(b(member))).isTrue();
                    zset.insert(b(member), score, zset == packed ? settings : indexedOnly);
                }
            }
        }
        assertThat(indexed.encoding()).isEqualTo("skiplist");
        assertThat(packed.encoding()).isEqualTo("listpack");
        assertThat(members(packed)).isEqualTo(members(indexed)).hasSize(model.size());
        for (int s = -1; s <= 51; s++) {
            Range range = Range.ofScores(b("(" + s), b(Integer.toString(s + 5)));
            assertThat(range.ranks(packed)).isEqualTo(range.ranks(indexed));
        }
        for (String member : model.keySet()) {
            double score = model.get(member);
            assertThat(packed.score(b(member))).isEqualTo(score);
            assertThat(packed.rank(b(member), score)).isEqualTo(indexed.rank(b(member), score));
        }
        packed.removeRange(5, 20);
        indexed.removeRange(5, 20);
        assertThat(members(packed)).isEqualTo(members(indexed));
        Cursor up = packed.at(packed.size() - 1);
        Cursor down = indexed.at(indexed.size() - 1);
        for (int i = 0; i < packed.size(); i++, up.previous(), down.previous()) {
            assertThat(up.member()).isEqualTo(down.member());
        }
    }

    @Test
    void copiesShareNothingMutable() {
        for (long limit : new long[] {128, 0}) {
            settings.zsetMaxListpackEntries(limit);
            SortedSet original = new SortedSet();
            original.insert(b("a"), 1, settings);
            original.insert(b("b"), 2, settings);
            SortedSet copy = original.copy();
            assertThat(copy.encoding()).isEqualTo(original.encoding());
            copy.insert(b("c"), 3, settings);
            copy.update(b("a"), 5);
            original.remove(b("b"));
            assertThat(members(original)).containsExactly("a=1.0");
            assertThat(members(copy)).containsExactly("b=2.0", "c=3.0", "a=5.0");
        }
    }

    @Test
    void scanOfTheIndexedLayoutVisitsEveryElementOnce() {
        settings.zsetMaxListpackEntries(0);
        SortedSet zset = new SortedSet();
        for (int i = 0; i < 1000; i++) {
            zset.insert(b("e" + i), i, settings);
        }
        Map<String, Double> seen = new HashMap<>();
        long cursor = 0;
        do {
            cursor = zset.scan(cursor, (member, score) -> assertThat(seen.put(s(member), score)).isNull());
        } while (cursor != 0);
        assertThat(seen).hasSize(1000).containsEntry("e7", 7.0);
        Layout.Sample sample = zset.sample();
        assertThat(sample.size()).isEqualTo(1000);
        assertThat(zset.score(sample.member(123))).isEqualTo(sample.score(123));
    }

    @Test
    void elementListSortsByScoreThenMember() {
        ElementList list = new ElementList(0);
        Random random = new Random(1);
        for (int i = 0; i < 5000; i++) {
            list.add(b("m" + random.nextInt(1000)), random.nextInt(20));
        }
        list.sort();
        for (int i = 1; i < list.size(); i++) {
            assertThat(Cut.compare(list.score(i - 1), list.member(i - 1), list.score(i), list.member(i))).isLessThanOrEqualTo(0);
        }
    }
}
