package dev.cinnabar.command.zset;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.RespText.WRONG_TYPE;
import static dev.cinnabar.command.RespText.array;
import static dev.cinnabar.command.RespText.integer;
import static org.assertj.core.api.Assertions.assertThat;

/** Plain sets, in either encoding, as inputs of the sorted-set algebra: each member scores 1 times its weight. */
class SetInputsTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void membersOfASetScoreOneTimesTheirWeight() {
        redis.exec("SADD", "ints", "3", "1", "2");
        redis.exec("SADD", "words", "b", "a", "3");
        redis.exec("ZADD", "z", "5", "a", "0.5", "3");
        assertThat(redis.exec("ZUNION", "2", "ints", "words", "WITHSCORES"))
                .isEqualTo(array("1", "1", "2", "1", "a", "1", "b", "1", "3", "2"));
        assertThat(redis.exec("ZUNION", "2", "ints", "z", "WEIGHTS", "4", "1", "WITHSCORES"))
                .isEqualTo(array("1", "4", "2", "4", "3", "4.5", "a", "5"));
        assertThat(redis.exec("ZINTER", "2", "words", "z", "AGGREGATE", "MAX", "WITHSCORES"))
                .isEqualTo(array("3", "1", "a", "5"));
        assertThat(redis.exec("ZDIFF", "2", "words", "ints", "WITHSCORES")).isEqualTo(array("a", "1", "b", "1"));
        assertThat(redis.exec("ZDIFF", "2", "z", "words")).isEqualTo("*0\r\n");
        assertThat(redis.exec("ZINTERCARD", "3", "ints", "words", "z")).isEqualTo(integer(1));
    }

    @Test
    void storeFormsMakeSortedSetsOfSets() {
        redis.exec("SADD", "ints", "3", "1", "2");
        assertThat(redis.exec("ZUNIONSTORE", "out", "1", "ints", "WEIGHTS", "2")).isEqualTo(integer(3));
        assertThat(redis.exec("TYPE", "out")).isEqualTo("+zset\r\n");
        assertThat(redis.exec("ZRANGE", "out", "0", "-1", "WITHSCORES")).isEqualTo(array("1", "2", "2", "2", "3", "2"));
        assertThat(redis.exec("ZINTERSTORE", "ints", "2", "ints", "out")).isEqualTo(integer(3));
        assertThat(redis.exec("ZSCORE", "ints", "2")).isEqualTo("$1\r\n3\r\n");
    }

    @Test
    void otherTypesAreStillRefused() {
        redis.exec("SADD", "s", "a");
        redis.exec("RPUSH", "l", "a");
        assertThat(redis.exec("ZUNION", "2", "s", "l")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("ZINTERCARD", "2", "l", "s")).isEqualTo(WRONG_TYPE);
    }
}
