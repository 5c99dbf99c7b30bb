package dev.cinnabar.command.hash;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.cinnabar.command.RespText.EMPTY_ARRAY;
import static dev.cinnabar.command.RespText.NIL;
import static dev.cinnabar.command.RespText.SYNTAX;
import static dev.cinnabar.command.RespText.array;
import static dev.cinnabar.command.RespText.bulk;
import static dev.cinnabar.command.RespText.bulks;
import static dev.cinnabar.command.RespText.error;
import static org.assertj.core.api.Assertions.assertThat;

/** HRANDFIELD's count cases, in both layouts. */
class HRandFieldCommandTest {

    private static final int SIZE = 40;

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    /** A hash of SIZE fields f0.. with values v0.., in the given layout. */
    private void fill(int maxListpackEntries) {
        redis.settings().hashMaxListpackEntries(maxListpackEntries);
        for (int i = 0; i < SIZE; i++) {
            redis.exec("HSET", "h", "f" + i, "v" + i);
        }
    }

    @Test
    void argumentsAreCheckedBeforeTheKey() {
        assertThat(redis.exec("HRANDFIELD", "nokey")).isEqualTo(NIL);
        assertThat(redis.exec("HRANDFIELD", "nokey", "3")).isEqualTo(EMPTY_ARRAY);
        assertThat(redis.exec("HRANDFIELD", "nokey", "x")).isEqualTo(error("ERR value is not an integer or out of range"));
        assertThat(redis.exec("HRANDFIELD", "nokey", "3", "WITH")).isEqualTo(SYNTAX);
        assertThat(redis.exec("HRANDFIELD", "nokey", "3", "WITHVALUES", "x")).isEqualTo(SYNTAX);
        assertThat(redis.exec("HRANDFIELD", "nokey", "-9223372036854775808")).isEqualTo(error(
                "ERR value is out of range, value must between -9223372036854775807 and 9223372036854775807"));
        assertThat(redis.exec("HRANDFIELD", "nokey", "4611686018427387904", "WITHVALUES"))
                .isEqualTo(error("ERR value is out of range"));
    }

    @ParameterizedTest
    @ValueSource(ints = {512, 4})
    void aSingleFieldIsOneOfTheHash(int maxListpackEntries) {
        fill(maxListpackEntries);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            List<String> one = bulks(redis.exec("HRANDFIELD", "h"));
            assertThat(one).hasSize(1);
            seen.add(one.get(0));
        }
        assertThat(seen).hasSizeGreaterThan(SIZE / 2).allMatch(f -> f.matches("f\\d+"));
    }

    @ParameterizedTest
    @ValueSource(ints = {512, 4})
    void aPositiveCountGivesDistinctFieldsWithTheirValues(int maxListpackEntries) {
        fill(maxListpackEntries);
        for (int count : new int[] {1, 2, 13, SIZE - 1}) {
            List<String> pairs = bulks(redis.exec("HRANDFIELD", "h", String.valueOf(count), "WITHVALUES"));
            assertThat(pairs).hasSize(2 * count);
            Set<String> fields = new HashSet<>();
            for (int i = 0; i < pairs.size(); i += 2) {
                fields.add(pairs.get(i));
                assertThat(pairs.get(i + 1)).isEqualTo("v" + pairs.get(i).substring(1));
            }
            assertThat(fields).hasSize(count);
        }
    }

    @Test
    void aCountOfTheWholeListpackListsItInOrder() {
        redis.exec("HSET", "h", "b", "1", "a", "2", "c", "3");
        assertThat(redis.exec("HRANDFIELD", "h", "3")).isEqualTo(array("b", "a", "c"));
        assertThat(redis.exec("HRANDFIELD", "h", "99", "WITHVALUES")).isEqualTo(array("b", "1", "a", "2", "c", "3"));
        assertThat(redis.exec("HRANDFIELD", "h", "0")).isEqualTo(EMPTY_ARRAY);
    }

    @ParameterizedTest
    @ValueSource(ints = {512, 4})
    void aNegativeCountGivesExactlyThatManyWithRepeats(int maxListpackEntries) {
        fill(maxListpackEntries);
        List<String> fields = bulks(redis.exec("HRANDFIELD", "h", "-500"));
        assertThat(fields).hasSize(500).allMatch(f -> f.matches("f\\d+"));
        assertThat(new HashSet<>(fields)).hasSizeLessThan(500);
    }

    @Test
    void resp3PairsFieldsWithValues() {
        redis.exec("HSET", "h", "a", "1");
        redis.exec("HELLO", "3");
        String pair = "*2\r\n" + bulk("a") + bulk("1");
        assertThat(redis.exec("HRANDFIELD", "h", "5", "WITHVALUES")).isEqualTo("*1\r\n" + pair);
        assertThat(redis.exec("HRANDFIELD", "h", "-2", "WITHVALUES")).isEqualTo("*2\r\n" + pair + pair);
        assertThat(redis.exec("HRANDFIELD", "h", "-2")).isEqualTo("*2\r\n" + bulk("a") + bulk("a"));
        assertThat(redis.exec("HRANDFIELD", "nokey")).isEqualTo("_\r\n");
    }
}
