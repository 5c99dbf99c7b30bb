package dev.cinnabar.command.hash;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.RespText.array;
import static dev.cinnabar.command.RespText.bulk;
import static dev.cinnabar.command.RespText.error;
import static dev.cinnabar.command.RespText.integer;
import static org.assertj.core.api.Assertions.assertThat;

/** HINCRBY and HINCRBYFLOAT. */
class HashCounterCommandsTest {

    private static final String NOT_INTEGER = error("ERR value is not an integer or out of range");
    private static final String HASH_NOT_INTEGER = error("ERR hash value is not an integer");
    private static final String HASH_NOT_FLOAT = error("ERR hash value is not a float");
    private static final String OVERFLOW = error("ERR increment or decrement would overflow");

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void hincrbyStartsFromZeroAndStoresDecimalText() {
        assertThat(redis.exec("HINCRBY", "h", "n", "5")).isEqualTo(integer(5));
        assertThat(redis.exec("HINCRBY", "h", "n", "-7")).isEqualTo(integer(-2));
        assertThat(redis.exec("HGET", "h", "n")).isEqualTo(bulk("-2"));
    }

    @Test
    void hincrbyRefusesBadIncrementsBadValuesAndOverflowWithoutChanges() {
        assertThat(redis.exec("HINCRBY", "h", "n", "1.5")).isEqualTo(NOT_INTEGER);
        assertThat(redis.exec("EXISTS", "h")).isEqualTo(integer(0));
        for (String stored : new String[] {"x", "", " 1", "+1", "01", "-0", "1.0", "99999999999999999999"}) {
            redis.exec("HSET", "h", "s", stored);
            assertThat(redis.exec("HINCRBY", "h", "s", "1")).as(stored).isEqualTo(HASH_NOT_INTEGER);
            assertThat(redis.exec("HGET", "h", "s")).isEqualTo(bulk(stored));
        }
        redis.exec("HSET", "h", "max", "9223372036854775807", "min", "-9223372036854775808");
        assertThat(redis.exec("HINCRBY", "h", "max", "1")).isEqualTo(OVERFLOW);
        assertThat(redis.exec("HINCRBY", "h", "min", "-1")).isEqualTo(OVERFLOW);
        assertThat(redis.exec("HINCRBY", "h", "min", "1")).isEqualTo(integer(-9223372036854775807L));
        assertThat(redis.exec("HGET", "h", "max")).isEqualTo(bulk("9223372036854775807"));
    }

    @Test
    void hincrbyfloatUsesLongDoublePrecisionAndTheHumanFormat() {
        assertThat(redis.exec("HINCRBYFLOAT", "h", "f", "10000.1")).isEqualTo(bulk("10000.09999999999999964"));
        assertThat(redis.exec("HINCRBYFLOAT", "h", "g", "1.5")).isEqualTo(bulk("1.5"));
        assertThat(redis.exec("HINCRBYFLOAT", "h", "g", "-1.5")).isEqualTo(bulk("0"));
        assertThat(redis.exec("HINCRBYFLOAT", "h", "g", "5.0e3")).isEqualTo(bulk("5000"));
        assertThat(redis.exec("HGET", "h", "g")).isEqualTo(bulk("5000"));
        redis.exec("HINCRBY", "h", "i", "3");
        assertThat(redis.exec("HINCRBYFLOAT", "h", "i", "0.25")).isEqualTo(bulk("3.25"));
    }

    @Test
    void hincrbyfloatErrors() {
        assertThat(redis.exec("HINCRBYFLOAT", "h", "f", "abc")).isEqualTo(error("ERR value is not a valid float"));
        assertThat(redis.exec("HINCRBYFLOAT", "h", "f", "inf")).isEqualTo(error("ERR value is NaN or Infinity"));
        assertThat(redis.exec("EXISTS", "h")).isEqualTo(integer(0));
        redis.exec("HSET", "h", "s", "abc", "inf", "inf", "big", "1e4932");
        assertThat(redis.exec("HINCRBYFLOAT", "h", "s", "1")).isEqualTo(HASH_NOT_FLOAT);
        assertThat(redis.exec("HINCRBYFLOAT", "h", "inf", "1")).isEqualTo(error("ERR increment would produce NaN or Infinity"));
        assertThat(redis.exec("HINCRBYFLOAT", "h", "big", "1e4932")).isEqualTo(error("ERR increment would produce NaN or Infinity"));
        assertThat(redis.exec("HMGET", "h", "s", "inf", "big")).isEqualTo(array("abc", "inf", "1e4932"));
    }
}
