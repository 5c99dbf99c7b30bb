package dev.cinnabar.command.keys;

import dev.cinnabar.command.CommandHarness;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.ScanOptions;
import dev.cinnabar.keyspace.RawString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.cinnabar.command.keys.KeyTestSupport.NOT_AN_INTEGER;
import static dev.cinnabar.command.keys.KeyTestSupport.NULL;
import static dev.cinnabar.command.keys.KeyTestSupport.SYNTAX;
import static dev.cinnabar.command.keys.KeyTestSupport.array;
import static dev.cinnabar.command.keys.KeyTestSupport.bulk;
import static dev.cinnabar.command.keys.KeyTestSupport.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysScanRandomTest {

    private static final String INVALID_CURSOR = error("ERR invalid cursor");
    private static final String EMPTY_SCAN = "*2\r\n" + bulk("0") + "*0\r\n";

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    /** One SCAN reply: the next cursor and the keys. */
    private record Batch(String cursor, List<String> keys) {
        static Batch parse(String reply) {
            List<String> lines = CommandHarness.lines(reply);
            assertThat(lines.get(0)).isEqualTo("*2");
            List<String> keys = new ArrayList<>();
            int count = Integer.parseInt(lines.get(3).substring(1));
            for (int i = 0; i < count; i++) {
                keys.add(lines.get(5 + 2 * i));
            }
            return new Batch(lines.get(2), keys);
        }
    }

    private Batch scan(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "SCAN";
        System.arraycopy(args, 0, command, 1, args.length);
        return Batch.parse(redis.exec(command));
    }

    /** Every key a full scan returns, each as often as it was returned. */
    private List<String> scanAll(String... options) {
        List<String> all = new ArrayList<>();
        String cursor = "0";
        do {
            String[] args = new String[options.length + 1];
            args[0] = cursor;
            System.arraycopy(options, 0, args, 1, options.length);
            Batch batch = scan(args);
            all.addAll(batch.keys());
            cursor = batch.cursor();
        } while (!cursor.equals("0"));
        return all;
    }

    @Test
    void emptyDatabase() {
        assertThat(redis.exec("KEYS", "*")).isEqualTo("*0\r\n");
        assertThat(redis.exec("SCAN", "0")).isEqualTo(EMPTY_SCAN);
        assertThat(redis.exec("RANDOMKEY")).isEqualTo(NULL);
    }

    @Test
    void oneKey() {
        redis.exec("SET", "foo", "1");
        assertThat(redis.exec("KEYS", "*")).isEqualTo(array("foo"));
        assertThat(redis.exec("KEYS", "f?o")).isEqualTo(array("foo"));
        assertThat(redis.exec("KEYS", "[^f]oo")).isEqualTo("*0\r\n");
        assertThat(redis.exec("SCAN", "0")).isEqualTo("*2\r\n" + bulk("0") + array("foo"));
        assertThat(redis.exec("SCAN", "0", "MATCH", "x*")).isEqualTo(EMPTY_SCAN);
        assertThat(redis.exec("SCAN", "0", "TYPE", "STRING")).isEqualTo("*2\r\n" + bulk("0") + array("foo"));
        assertThat(redis.exec("SCAN", "0", "TYPE", "list")).isEqualTo(EMPTY_SCAN);
        assertThat(redis.exec("SCAN", "0", "TYPE", "nosuchtype")).isEqualTo(EMPTY_SCAN);
        assertThat(redis.exec("RANDOMKEY")).isEqualTo(bulk("foo"));
    }

    @Test
    void keysMatchesGlobs() {
        for (String key : new String[] {"hello", "hallo", "hxllo", "hllo", "heeeello", "h*llo"}) {
            redis.exec("SET", key, "v");
        }
        assertThat(keys("h?llo")).containsExactlyInAnyOrder("hello", "hallo", "hxllo", "h*llo");
        assertThat(keys("h*llo")).hasSize(6);
        assertThat(keys("h[ae]llo")).containsExactlyInAnyOrder("hello", "hallo");
        assertThat(keys("h[^e]llo")).containsExactlyInAnyOrder("hallo", "hxllo", "h*llo");
        assertThat(keys("h[a-b]llo")).containsExactly("hallo");
        assertThat(keys("h\\*llo")).containsExactly("h*llo");
        assertThat(keys("*")).hasSize(6);
    }

    private List<String> keys(String pattern) {
        List<String> lines = CommandHarness.lines(redis.exec("KEYS", pattern));
        List<String> keys = new ArrayList<>();
        for (int i = 2; i < lines.size(); i += 2) {
            keys.add(lines.get(i));
        }
        return keys;
    }

    @Test
    void aFullScanReturnsEveryKeyOnce() {
        for (int i = 0; i < 1000; i++) {
            redis.exec("SET", "key:" + i, "v");
        }
        List<String> all = scanAll("COUNT", "7");
        assertThat(all).hasSize(1000);
        assertThat(new HashSet<>(all)).hasSize(1000);
        assertThat(scanAll("MATCH", "key:1?")).containsExactlyInAnyOrder(
                "key:10", "key:11", "key:12", "key:13", "key:14", "key:15", "key:16", "key:17", "key:18", "key:19");
    }

    @Test
    void countIsAHintThatBoundsEachCall() {
        for (int i = 0; i < 1000; i++) {
            redis.exec("SET", "key:" + i, "v");
        }
        Batch first = scan("0");
        assertThat(first.cursor()).isNotEqualTo("0");
        // Whole buckets are returned, so a batch may exceed COUNT a little, never by much.
        assertThat(first.keys().size()).isBetween(10, 20);
        Batch big = scan("0", "COUNT", "5000");
        assertThat(big.cursor()).isEqualTo("0");
        assertThat(big.keys()).hasSize(1000);
    }

    @Test
    void keysPresentForTheWholeScanAreReturnedDespiteResizes() {
        for (int i = 0; i < 100; i++) {
            redis.exec("SET", "stable:" + i, "v");
        }
        Set<String> seen = new HashSet<>();
        String cursor = "0";
        int round = 0;
        do {
            Batch batch = scan(cursor, "COUNT", "3");
            seen.addAll(batch.keys());
            cursor = batch.cursor();
            // Grow the table a lot, then shrink it again, while the scan is under way.
            for (int i = 0; i < 40; i++) {
                redis.exec("SET", "churn:" + round + ":" + i, "v");
            }
            if (round % 10 == 9) {
                for (int r = round - 9; r <= round; r++) {
                    for (int i = 0; i < 40; i++) {
                        redis.exec("DEL", "churn:" + r + ":" + i);
                    }
                }
            }
            round++;
        } while (!cursor.equals("0"));
        for (int i = 0; i < 100; i++) {
            assertThat(seen).contains("stable:" + i);
        }
    }

    @Test
    void expiredKeysAreNeverReturned() {
        redis.exec("SET", "stays", "v");
        for (int i = 0; i < 50; i++) {
            redis.exec("SET", "gone:" + i, "v", "PX", "10");
        }
        redis.clock().advance(11);
        assertThat(scanAll()).containsExactly("stays");
        for (int i = 0; i < 50; i++) {
            redis.exec("SET", "gone:" + i, "v", "PX", "10");
        }
        redis.clock().advance(11);
        assertThat(redis.exec("KEYS", "*")).isEqualTo(array("stays"));
        for (int i = 0; i < 50; i++) {
            redis.exec("SET", "gone:" + i, "v", "PX", "10");
        }
        redis.clock().advance(11);
        assertThat(redis.exec("RANDOMKEY")).isEqualTo(bulk("stays"));
        redis.exec("DEL", "stays");
        assertThat(redis.exec("RANDOMKEY")).isEqualTo(NULL);
    }

    @Test
    void randomKeyEventuallyReturnsEveryKey() {
        redis.exec("SET", "a", "1");
        redis.exec("SET", "b", "2");
        redis.db().database(0).insert("c".getBytes(StandardCharsets.UTF_8), new RawString(new byte[0], 4));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500 && seen.size() < 3; i++) {
            seen.add(CommandHarness.lines(redis.exec("RANDOMKEY")).get(1));
        }
        assertThat(seen).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void scanOptionErrors() {
        assertThat(redis.exec("SCAN", "0", "COUNT", "0")).isEqualTo(SYNTAX);
        assertThat(redis.exec("SCAN", "0", "COUNT", "-1")).isEqualTo(SYNTAX);
        assertThat(redis.exec("SCAN", "0", "COUNT", "x")).isEqualTo(NOT_AN_INTEGER);
        assertThat(redis.exec("SCAN", "0", "COUNT")).isEqualTo(SYNTAX);
        assertThat(redis.exec("SCAN", "0", "MATCH")).isEqualTo(SYNTAX);
        assertThat(redis.exec("SCAN", "0", "TYPE")).isEqualTo(SYNTAX);
        assertThat(redis.exec("SCAN", "0", "foo", "bar")).isEqualTo(SYNTAX);
        assertThat(redis.exec("SCAN", "0", "COUNT", "0", "foo")).isEqualTo(SYNTAX);
        assertThat(redis.exec("SCAN", "x", "COUNT", "0")).isEqualTo(INVALID_CURSOR);
        assertThat(redis.exec("SCAN", "0", "COUNT", "9223372036854775807")).isEqualTo(EMPTY_SCAN);
        assertThat(redis.exec("SCAN")).isEqualTo(error("ERR wrong number of arguments for 'scan' command"));
        assertThat(redis.exec("KEYS")).isEqualTo(error("ERR wrong number of arguments for 'keys' command"));
        assertThat(redis.exec("RANDOMKEY", "x")).isEqualTo(error("ERR wrong number of arguments for 'randomkey' command"));
    }

    @Test
    void theLastMatchOptionWins() {
        redis.exec("SET", "a", "1");
        redis.exec("SET", "b", "1");
        assertThat(redis.exec("SCAN", "0", "MATCH", "a", "MATCH", "b")).isEqualTo("*2\r\n" + bulk("0") + array("b"));
    }

    @Test
    void cursorsAreReadLikeStrtoul() {
        assertThat(ScanOptions.cursor(bytes(""))).isZero();
        assertThat(ScanOptions.cursor(bytes("007"))).isEqualTo(7);
        assertThat(ScanOptions.cursor(bytes("+5"))).isEqualTo(5);
        assertThat(ScanOptions.cursor(bytes("-1"))).isEqualTo(-1L);
        assertThat(ScanOptions.cursor(bytes("18446744073709551615"))).isEqualTo(-1L);
        assertThat(ScanOptions.cursor(bytes("-18446744073709551615"))).isEqualTo(1);
        assertThat(ScanOptions.cursor(bytes("18446744073709551610"))).isEqualTo(-6L);
        for (String invalid : new String[] {"18446744073709551616", "18446744073709551620", "99999999999999999999",
                " 5", "5 ", "0x10", "+", "-", "+-5", "abc", "1.5"}) {
            assertThatThrownBy(() -> ScanOptions.cursor(bytes(invalid))).as(invalid)
                    .isInstanceOf(RedisError.class).hasMessage("ERR invalid cursor");
        }
        assertThat(redis.exec("SCAN", "18446744073709551615")).isEqualTo(EMPTY_SCAN);
        assertThat(redis.exec("SCAN", " 5")).isEqualTo(INVALID_CURSOR);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
