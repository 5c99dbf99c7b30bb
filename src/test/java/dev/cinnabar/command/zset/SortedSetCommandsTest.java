package dev.cinnabar.command.zset;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.RespText.WRONG_TYPE;
import static dev.cinnabar.command.RespText.array;
import static dev.cinnabar.command.RespText.bulk;
import static org.assertj.core.api.Assertions.assertThat;

/** The sorted-set commands through the dispatcher, byte for byte. */
class SortedSetCommandsTest {

    private static final String NOT_FLOAT = "-ERR value is not a valid float\r\n";

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void zaddRepliesAddedOrChangedAndIncrRepliesTheScore() {
        assertThat(redis.exec("ZADD", "z", "1", "a", "2", "b")).isEqualTo(":2\r\n");
        assertThat(redis.exec("ZADD", "z", "CH", "1", "a", "3", "b", "4", "c")).isEqualTo(":2\r\n");
        assertThat(redis.exec("ZADD", "z", "INCR", "0.5", "a")).isEqualTo(bulk("1.5"));
        assertThat(redis.exec("ZADD", "z", "NX", "INCR", "1", "a")).isEqualTo("$-1\r\n");
        assertThat(redis.exec("ZINCRBY", "z", "0.1", "a")).isEqualTo(bulk("1.6000000000000001"));
        assertThat(redis.exec("ZADD", "z", "GT", "XX", "CH", "0", "a", "9", "b")).isEqualTo(":1\r\n");
        assertThat(redis.exec("ZRANGE", "z", "0", "-1", "WITHSCORES"))
                .isEqualTo(array("a", "1.6000000000000001", "c", "4", "b", "9"));
    }

    @Test
    void aBadScoreAnywhereChangesNothing() {
        redis.exec("ZADD", "z", "1", "a");
        assertThat(redis.exec("ZADD", "z", "5", "a", "6", "b", "x", "c")).isEqualTo(NOT_FLOAT);
        assertThat(redis.exec("ZADD", "new", "1", "a", "nan", "b")).isEqualTo(NOT_FLOAT);
        assertThat(redis.exec("ZRANGE", "z", "0", "-1", "WITHSCORES")).isEqualTo(array("a", "1"));
        assertThat(redis.exec("EXISTS", "new")).isEqualTo(":0\r\n");
        redis.exec("ZADD", "inf", "inf", "a");
        assertThat(redis.exec("ZINCRBY", "inf", "-inf", "a")).isEqualTo("-ERR resulting score is not a number (NaN)\r\n");
        assertThat(redis.exec("ZSCORE", "inf", "a")).isEqualTo(bulk("inf"));
    }

    @Test
    void anEmptiedSetTakesItsKeyWithIt() {
        for (String[] command : new String[][] {
                {"ZREM", "z", "a", "b"}, {"ZPOPMIN", "z", "5"}, {"ZPOPMAX", "z", "2"}, {"ZREMRANGEBYRANK", "z", "0", "-1"},
                {"ZREMRANGEBYSCORE", "z", "-inf", "+inf"}, {"ZREMRANGEBYLEX", "z", "-", "+"}, {"ZMPOP", "1", "z", "MIN", "COUNT", "2"}}) {
            redis.exec("ZADD", "z", "0", "a", "0", "b");
            redis.exec(command);
            assertThat(redis.exec("EXISTS", "z")).as(String.join(" ", command)).isEqualTo(":0\r\n");
        }
    }

    @Test
    void storesReplaceAnyValueAndItsTimeToLive() {
        redis.exec("ZADD", "src", "1", "a", "2", "b");
        for (String[] command : new String[][] {
                {"ZUNIONSTORE", "dst", "1", "src"}, {"ZINTERSTORE", "dst", "1", "src"}, {"ZDIFFSTORE", "dst", "1", "src"},
                {"ZRANGESTORE", "dst", "src", "0", "-1"}}) {
            redis.exec("SET", "dst", "string", "EX", "100");
            assertThat(redis.exec(command)).isEqualTo(":2\r\n");
            assertThat(redis.exec("TYPE", "dst")).isEqualTo("+zset\r\n");
            assertThat(redis.exec("TTL", "dst")).isEqualTo(":-1\r\n");
        }
        redis.exec("SET", "dst", "string");
        assertThat(redis.exec("ZINTERSTORE", "dst", "2", "src", "missing")).isEqualTo(":0\r\n");
        assertThat(redis.exec("EXISTS", "dst")).isEqualTo(":0\r\n");
    }

    @Test
    void everyCommandRefusesOtherTypes() {
        redis.exec("SET", "s", "x");
        for (String[] command : new String[][] {
                {"ZADD", "s", "1", "a"}, {"ZINCRBY", "s", "1", "a"}, {"ZSCORE", "s", "a"}, {"ZMSCORE", "s", "a"},
                {"ZCARD", "s"}, {"ZCOUNT", "s", "0", "1"}, {"ZLEXCOUNT", "s", "-", "+"}, {"ZRANGE", "s", "0", "1"},
                {"ZRANGESTORE", "d", "s", "0", "1"}, {"ZREVRANGE", "s", "0", "1"}, {"ZRANGEBYSCORE", "s", "0", "1"},
                {"ZREVRANGEBYSCORE", "s", "1", "0"}, {"ZRANGEBYLEX", "s", "-", "+"}, {"ZREVRANGEBYLEX", "s", "+", "-"},
                {"ZRANK", "s", "a"}, {"ZREVRANK", "s", "a"}, {"ZREM", "s", "a"}, {"ZREMRANGEBYRANK", "s", "0", "1"},
                {"ZREMRANGEBYSCORE", "s", "0", "1"}, {"ZREMRANGEBYLEX", "s", "-", "+"}, {"ZPOPMIN", "s"}, {"ZPOPMAX", "s"},
                {"ZMPOP", "1", "s", "MIN"}, {"ZUNION", "1", "s"}, {"ZINTER", "1", "s"}, {"ZDIFF", "1", "s"},
                {"ZUNIONSTORE", "d", "1", "s"}, {"ZINTERSTORE", "d", "1", "s"}, {"ZDIFFSTORE", "d", "1", "s"},
                {"ZINTERCARD", "1", "s"}, {"ZRANDMEMBER", "s"}, {"ZSCAN", "s", "0"}}) {
            assertThat(redis.exec(command)).as(String.join(" ", command)).isEqualTo(WRONG_TYPE);
        }
    }

    @Test
    void resp3RepliesUseDoublesNullsAndPairs() {
        redis.exec("HELLO", "3");
        redis.exec("ZADD", "z", "1", "a", "2.5", "b");
        assertThat(redis.exec("ZSCORE", "z", "b")).isEqualTo(",2.5\r\n");
        assertThat(redis.exec("ZSCORE", "z", "x")).isEqualTo("_\r\n");
        assertThat(redis.exec("ZMSCORE", "z", "x", "a")).isEqualTo("*2\r\n_\r\n,1\r\n");
        assertThat(redis.exec("ZRANGE", "z", "0", "-1", "WITHSCORES"))
                .isEqualTo("*2\r\n*2\r\n$1\r\na\r\n,1\r\n*2\r\n$1\r\nb\r\n,2.5\r\n");
        assertThat(redis.exec("ZPOPMIN", "z")).isEqualTo("*2\r\n$1\r\na\r\n,1\r\n");
        assertThat(redis.exec("ZPOPMAX", "z", "1")).isEqualTo("*1\r\n*2\r\n$1\r\nb\r\n,2.5\r\n");
        assertThat(redis.exec("ZMPOP", "1", "z", "MIN")).isEqualTo("_\r\n");
        assertThat(redis.exec("ZADD", "z", "INCR", "-inf", "c")).isEqualTo(",-inf\r\n");
        assertThat(redis.exec("ZSCAN", "z", "0")).isEqualTo("*2\r\n$1\r\n0\r\n*2\r\n$1\r\nc\r\n$4\r\n-inf\r\n");
    }

    @Test
    void encodingFollowsTheLiveThresholds() {
        redis.settings().zsetMaxListpackEntries(2);
        redis.exec("ZADD", "z", "1", "a", "2", "b");
        assertThat(redis.exec("OBJECT", "ENCODING", "z")).isEqualTo(bulk("listpack"));
        redis.exec("ZADD", "z", "3", "c");
        assertThat(redis.exec("OBJECT", "ENCODING", "z")).isEqualTo(bulk("skiplist"));
        redis.exec("ZREM", "z", "a", "b");
        assertThat(redis.exec("OBJECT", "ENCODING", "z")).isEqualTo(bulk("skiplist"));
        assertThat(redis.exec("ZUNIONSTORE", "small", "1", "z")).isEqualTo(":1\r\n");
        assertThat(redis.exec("OBJECT", "ENCODING", "small")).isEqualTo(bulk("listpack"));
        redis.exec("CONFIG", "SET", "zset-max-listpack-value", "1");
        redis.exec("ZADD", "w", "1", "ab");
        assertThat(redis.exec("OBJECT", "ENCODING", "w")).isEqualTo(bulk("skiplist"));
    }

    @Test
    void rangeQueriesOnALargeSetMatchARankWalk() {
        StringBuilder expected = new StringBuilder();
        String[] args = new String[2 + 2 * 1000];
        args[0] = "ZADD";
        args[1] = "big";
        for (int i = 0; i < 1000; i++) {
            args[2 + 2 * i] = Integer.toString(i / 10);
            args[3 + 2 * i] = String.format("m%04d", i);
        }
        redis.exec(args);
        assertThat(redis.exec("OBJECT", "ENCODING", "big")).isEqualTo(bulk("skiplist"));
        assertThat(redis.exec("ZCOUNT", "big", "(10", "20")).isEqualTo(":100\r\n");
        assertThat(redis.exec("ZRANK", "big", "m0567")).isEqualTo(":567\r\n");
        assertThat(redis.exec("ZREVRANK", "big", "m0567")).isEqualTo(":432\r\n");
        for (int i = 250; i < 253; i++) {
            expected.append(bulk(String.format("m%04d", i)));
        }
        assertThat(redis.exec("ZRANGEBYSCORE", "big", "25", "+inf", "LIMIT", "0", "3")).isEqualTo("*3\r\n" + expected);
        assertThat(redis.exec("ZRANGE", "big", "26", "25", "BYSCORE", "REV", "LIMIT", "9", "1"))
                .isEqualTo("*1\r\n" + bulk("m0260"));
        assertThat(redis.exec("ZREMRANGEBYSCORE", "big", "0", "(50")).isEqualTo(":500\r\n");
        assertThat(redis.exec("ZRANGE", "big", "0", "0", "WITHSCORES")).isEqualTo("*2\r\n" + bulk("m0500") + bulk("50"));
    }
}
