package dev.cinnabar.command.hash;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.cinnabar.command.RespText.SYNTAX;
import static dev.cinnabar.command.RespText.bulk;
import static dev.cinnabar.command.RespText.bulks;
import static dev.cinnabar.command.RespText.error;
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

    /** Iterates HSCAN of "h" to the end, running {@code between} after each call: the fields and values returned, repeats included. */
    private List<String> scanAll(String count, Runnable between) {
        List<String> pairs = new ArrayList<>();
        String cursor = "0";
        do {
            List<String> reply = bulks(redis.exec("HSCAN", "h", cursor, "COUNT", count));
            cursor = reply.get(0);
            pairs.addAll(reply.subList(1, reply.size()));
            between.run();
        } while (!cursor.equals("0"));
        return pairs;
    }

    @Test
    void aFullIterationOfATableSeesEveryPairOnce() {
        redis.settings().hashMaxListpackEntries(16);
        for (int i = 0; i < 1000; i++) {
            redis.exec("HSET", "h", "f" + i, "v" + i);
        }
        int[] calls = {0};
        List<String> pairs = scanAll("20", () -> calls[0]++);
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            assertThat(seen.put(pairs.get(i), pairs.get(i + 1))).as("seen twice: " + pairs.get(i)).isNull();
        }
        assertThat(seen).hasSize(1000);
        seen.forEach((field, value) -> assertThat(value).isEqualTo("v" + field.substring(1)));
        assertThat(calls[0]).isGreaterThan(10);
    }

    @Test
    void fieldsPresentThroughoutAreSeenDespiteGrowthBetweenCalls() {
        redis.settings().hashMaxListpackEntries(16);
        for (int i = 0; i < 200; i++) {
            redis.exec("HSET", "h", "f" + i, "v");
        }
        int[] added = {0};
        List<String> pairs = scanAll("10", () -> {
            for (int j = 0; j < 10 && added[0] < 2000; j++) {
                redis.exec("HSET", "h", "new" + added[0]++, "v");
            }
        });
        assertThat(added[0]).as("the table grew under the scan").isGreaterThan(500);
        for (int i = 0; i < 200; i++) {
            assertThat(pairs).contains("f" + i);
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
