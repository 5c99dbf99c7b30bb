package dev.cinnabar.command.hash;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.cinnabar.command.hash.HashReplies.SYNTAX;
import static dev.cinnabar.command.hash.HashReplies.bulk;
import static dev.cinnabar.command.hash.HashReplies.bulks;
import static dev.cinnabar.command.hash.HashReplies.error;
import static org.assertj.core.api.Assertions.assertThat;

/** HSCAN over both layouts. */
class HScanCommandTest {

    private static final String EMPTY_SCAN = "*2\r\n" + bulk("0") + "*0\r\n";

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void aMissingKeyAnswersBeforeTheOptionsAreRead() {
        assertThat(redis.exec("HSCAN", "nokey", "0", "COUNT", "0")).isEqualTo(EMPTY_SCAN);
        assertThat(redis.exec("HSCAN", "nokey", "x")).isEqualTo(error("ERR invalid cursor"));
        redis.exec("HSET", "h", "a", "1");
        assertThat(redis.exec("HSCAN", "h", "0", "COUNT", "0")).isEqualTo(SYNTAX);
        assertThat(redis.exec("HSCAN", "h", "0", "TYPE", "hash")).isEqualTo(SYNTAX);
        assertThat(redis.exec("HSCAN", "h", "0", "MATCH")).isEqualTo(SYNTAX);
    }

    @Test
    void aListpackComesWholeWhateverTheCursor() {
        redis.exec("HSET", "h", "b", "1", "a", "2", "ab", "3");
        String all = "*2\r\n" + bulk("0") + "*6\r\n" + bulk("b") + bulk("1") + bulk("a") + bulk("2") + bulk("ab") + bulk("3");
        assertThat(redis.exec("HSCAN", "h", "0", "COUNT", "1")).isEqualTo(all);
        assertThat(redis.exec("HSCAN", "h", "12345")).isEqualTo(all);
        assertThat(redis.exec("HSCAN", "h", "0", "MATCH", "a*"))
                .isEqualTo("*2\r\n" + bulk("0") + "*4\r\n" + bulk("a") + bulk("2") + bulk("ab") + bulk("3"));
    }

    @Test
    void aFullIterationOfATableSeesEveryPairOnce() {
        redis.settings().hashMaxListpackEntries(16);
        for (int i = 0; i < 1000; i++) {
            redis.exec("HSET", "h", "f" + i, "v" + i);
        }
        Map<String, String> seen = new HashMap<>();
        String cursor = "0";
        int calls = 0;
        do {
            List<String> reply = bulks(redis.exec("HSCAN", "h", cursor, "COUNT", "20"));
            cursor = reply.get(0);
            for (int i = 1; i < reply.size(); i += 2) {
                assertThat(seen.put(reply.get(i), reply.get(i + 1))).as("seen twice: " + reply.get(i)).isNull();
            }
            calls++;
        } while (!cursor.equals("0"));
        assertThat(seen).hasSize(1000);
        seen.forEach((field, value) -> assertThat(value).isEqualTo("v" + field.substring(1)));
        assertThat(calls).isGreaterThan(10);
    }

    @Test
    void fieldsPresentThroughoutAreSeenDespiteGrowthBetweenCalls() {
        redis.settings().hashMaxListpackEntries(16);
        for (int i = 0; i < 200; i++) {
            redis.exec("HSET", "h", "f" + i, "v");
        }
        Map<String, String> seen = new HashMap<>();
        String cursor = "0";
        int added = 0;
        do {
            List<String> reply = bulks(redis.exec("HSCAN", "h", cursor, "COUNT", "10"));
            cursor = reply.get(0);
            for (int i = 1; i < reply.size(); i += 2) {
                seen.put(reply.get(i), reply.get(i + 1));
            }
            for (int j = 0; j < 10 && added < 2000; j++) {
                redis.exec("HSET", "h", "new" + added++, "v");
            }
        } while (!cursor.equals("0"));
        assertThat(added).as("the table grew under the scan").isGreaterThan(500);
        for (int i = 0; i < 200; i++) {
            assertThat(seen).containsKey("f" + i);
        }
    }

    @Test
    void countCountsFieldsAndValuesAlike() {
        redis.settings().hashMaxListpackEntries(0);
        for (int i = 0; i < 100; i++) {
            redis.exec("HSET", "h", "f" + i, "v");
        }
        // With one field per bucket on average, COUNT 10 stops after about five fields, as in Redis.
        assertThat(bulks(redis.exec("HSCAN", "h", "0", "COUNT", "10")).size() - 1).isLessThanOrEqualTo(2 * 10);
    }
}
