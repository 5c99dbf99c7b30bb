package dev.cinnabar.command.set;

import dev.cinnabar.command.CommandHarness;
import dev.cinnabar.keyspace.Entry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The set commands through the dispatcher, for what the differential scripts cannot pin down: random replies. */
class SetCommandsTest {

    private static final String WRONG_TYPE = "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n";

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    /** The bulk strings of a flat array or set reply. */
    private static List<String> elements(String reply) {
        String[] lines = reply.split("\r\n", -1);
        assertThat(lines[0]).matches("[*~]\\d+");
        int n = Integer.parseInt(lines[0].substring(1));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(lines[2 + 2 * i]);
        }
        return out;
    }

    /** SSCAN's reply: the next cursor and the batch. */
    private record Batch(String cursor, List<String> members) {
        static Batch of(String reply) {
            String[] lines = reply.split("\r\n", -1);
            int n = Integer.parseInt(lines[3].substring(1));
            List<String> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                members.add(lines[5 + 2 * i]);
            }
            return new Batch(lines[2], members);
        }
    }

    private void fill(String key, String prefix, int n) {
        List<String> args = new ArrayList<>(List.of("SADD", key));
        for (int i = 0; i < n; i++) {
            args.add(prefix + i);
        }
        redis.exec(args.toArray(String[]::new));
    }

    private Set<String> members(String key) {
        return new HashSet<>(elements(redis.exec("SMEMBERS", key)));
    }

    private String encoding(String key) {
        return redis.exec("OBJECT", "ENCODING", key);
    }

    @Test
    void srandmemberWithAPositiveCountGivesDistinctMembers() {
        for (String prefix : new String[] {"", "m"}) {
            String key = "s" + prefix;
            fill(key, prefix, 30);
            Set<String> all = members(key);
            for (int count : new int[] {1, 2, 9, 10, 11, 29, 30, 31, 100}) {
                List<String> picked = elements(redis.exec("SRANDMEMBER", key, Integer.toString(count)));
                assertThat(picked).as("count %d", count).hasSize(Math.min(count, 30));
                assertThat(new HashSet<>(picked)).hasSize(picked.size());
                assertThat(all).containsAll(picked);
            }
            assertThat(members(key)).isEqualTo(all);
        }
    }

    @Test
    void srandmemberWithANegativeCountRepeatsMembers() {
        redis.exec("SADD", "s", "a", "b");
        List<String> picked = elements(redis.exec("SRANDMEMBER", "s", "-200"));
        assertThat(picked).hasSize(200).containsOnly("a", "b").contains("a", "b");
        assertThat(elements(redis.exec("SRANDMEMBER", "s", "-1"))).hasSize(1);
    }

    @Test
    void srandmemberWithoutCountPicksEveryMemberEventually() {
        fill("s", "", 5);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String reply = redis.exec("SRANDMEMBER", "s");
            seen.add(reply.split("\r\n")[1]);
        }
        assertThat(seen).containsExactlyInAnyOrder("0", "1", "2", "3", "4");
    }

    @Test
    void spopRemovesWhatItReturns() {
        for (String prefix : new String[] {"", "m"}) {
            for (int count : new int[] {1, 2, 5, 17, 18, 19, 20, 25}) {
                String key = "s" + prefix + count;
                fill(key, prefix, 20);
                Set<String> before = members(key);
                List<String> popped = elements(redis.exec("SPOP", key, Integer.toString(count)));
                assertThat(popped).as("count %d", count).hasSize(Math.min(count, 20));
                assertThat(new HashSet<>(popped)).hasSize(popped.size());
                assertThat(before).containsAll(popped);
                Set<String> after = members(key);
                assertThat(after).hasSize(20 - popped.size()).doesNotContainAnyElementsOf(popped);
                after.addAll(popped);
                assertThat(after).isEqualTo(before);
                assertThat(redis.exec("EXISTS", key)).isEqualTo(count >= 20 ? ":0\r\n" : ":1\r\n");
            }
        }
    }

    @Test
    void spopOneAtATimeEmptiesTheSetAndDeletesTheKey() {
        fill("s", "x", 10);
        Set<String> popped = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            popped.add(redis.exec("SPOP", "s").split("\r\n")[1]);
        }
        assertThat(popped).hasSize(10);
        assertThat(redis.exec("EXISTS", "s")).isEqualTo(":0\r\n");
        assertThat(redis.exec("SPOP", "s")).isEqualTo("$-1\r\n");
    }

    @Test
    void spopOfMostOfASetRebuildsItAndKeepsItsDeadline() {
        fill("s", "m", 100);
        redis.exec("EXPIRE", "s", "100");
        assertThat(elements(redis.exec("SPOP", "s", "95"))).hasSize(95);
        assertThat(redis.exec("SCARD", "s")).isEqualTo(":5\r\n");
        assertThat(redis.exec("TTL", "s")).isEqualTo(":100\r\n");
        // members that are all integers come back as an intset when the set is rebuilt
        redis.exec("SADD", "t", "x");
        fill("t", "", 100);
        redis.exec("SREM", "t", "x");
        assertThat(encoding("t")).isEqualTo("$9\r\nhashtable\r\n");
        redis.exec("SPOP", "t", "90");
        assertThat(encoding("t")).isEqualTo("$6\r\nintset\r\n");
        assertThat(redis.exec("SCARD", "t")).isEqualTo(":10\r\n");
    }

    @Test
    void sscanWalksATableInPiecesAndMissesNothing() {
        fill("s", "member:", 2000);
        Set<String> seen = new HashSet<>();
        String cursor = "0";
        int calls = 0;
        do {
            Batch batch = Batch.of(redis.exec("SSCAN", "s", cursor, "COUNT", "50"));
            cursor = batch.cursor();
            seen.addAll(batch.members());
            calls++;
        } while (!cursor.equals("0"));
        assertThat(seen).hasSize(2000);
        assertThat(calls).isGreaterThan(10);
    }

    @Test
    void sscanMatchFiltersAfterCollecting() {
        fill("s", "a", 50);
        fill("s", "b", 50);
        Set<String> seen = new HashSet<>();
        String cursor = "0";
        do {
            Batch batch = Batch.of(redis.exec("SSCAN", "s", cursor, "MATCH", "b*"));
            cursor = batch.cursor();
            seen.addAll(batch.members());
        } while (!cursor.equals("0"));
        assertThat(seen).hasSize(50).allMatch(m -> m.startsWith("b"));
    }

    @Test
    void sintercardStopsAtTheLimit() {
        fill("a", "", 100);
        fill("b", "", 60);
        assertThat(redis.exec("SINTERCARD", "2", "a", "b")).isEqualTo(":60\r\n");
        assertThat(redis.exec("SINTERCARD", "2", "a", "b", "LIMIT", "7")).isEqualTo(":7\r\n");
        assertThat(redis.exec("SINTERCARD", "2", "a", "b", "LIMIT", "0")).isEqualTo(":60\r\n");
        assertThat(redis.exec("SINTERCARD", "2", "a", "b", "LIMIT", "1000")).isEqualTo(":60\r\n");
    }

    @Test
    void largeIntersectionsUnionsAndDifferencesAgreeWithJavaSets() {
        fill("a", "k", 3000);
        List<String> odd = new ArrayList<>(List.of("SADD", "b"));
        for (int i = 1; i < 6000; i += 2) {
            odd.add("k" + i);
        }
        redis.exec(odd.toArray(String[]::new));
        Set<String> a = members("a");
        Set<String> b = members("b");
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> diff = new HashSet<>(a);
        diff.removeAll(b);
        assertThat(new HashSet<>(elements(redis.exec("SINTER", "a", "b")))).isEqualTo(inter);
        assertThat(new HashSet<>(elements(redis.exec("SUNION", "a", "b")))).isEqualTo(union);
        assertThat(new HashSet<>(elements(redis.exec("SDIFF", "a", "b")))).isEqualTo(diff);
        assertThat(redis.exec("SDIFFSTORE", "d", "a", "b")).isEqualTo(":" + diff.size() + "\r\n");
        assertThat(members("d")).isEqualTo(diff);
    }

    @Test
    void storesReplaceAnyValueAndDropTheDeadline() {
        redis.exec("SET", "dest", "v");
        redis.exec("EXPIRE", "dest", "100");
        redis.exec("SADD", "a", "1", "2");
        assertThat(redis.exec("SUNIONSTORE", "dest", "a")).isEqualTo(":2\r\n");
        Entry entry = redis.db().database(0).lookup("dest".getBytes(StandardCharsets.US_ASCII), redis.clock().millis());
        assertThat(entry.value()).isInstanceOf(SetValue.class);
        assertThat(entry.expireAt()).isEqualTo(Entry.NO_EXPIRY);
    }

    @Test
    void wrongTypeLeavesEverythingAsItWas() {
        redis.exec("SET", "str", "v");
        redis.exec("SADD", "s", "1");
        assertThat(redis.exec("SMOVE", "s", "str", "1")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("SMEMBERS", "s")).isEqualTo("*1\r\n$1\r\n1\r\n");
        assertThat(redis.exec("SINTERSTORE", "s", "s", "str")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("SMEMBERS", "s")).isEqualTo("*1\r\n$1\r\n1\r\n");
        assertThat(redis.exec("SADD", "str", "x")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("GET", "str")).isEqualTo("$1\r\nv\r\n");
    }

    @Test
    void readsCountKeyspaceHitsAndMissesButWritesDoNot() {
        redis.exec("SADD", "s", "1");
        long hits = redis.db().keyspaceHits();
        long misses = redis.db().keyspaceMisses();
        redis.exec("SISMEMBER", "s", "1");
        redis.exec("SCARD", "nokey");
        redis.exec("SUNIONSTORE", "d", "s", "nokey");
        redis.exec("SADD", "s", "2");
        redis.exec("SREM", "nokey", "2");
        assertThat(redis.db().keyspaceHits() - hits).isEqualTo(2);
        assertThat(redis.db().keyspaceMisses() - misses).isEqualTo(2);
    }
}
