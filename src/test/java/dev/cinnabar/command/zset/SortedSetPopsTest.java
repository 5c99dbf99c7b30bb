package dev.cinnabar.command.zset;

import dev.cinnabar.command.Calls;
import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The popping API the blocking commands reuse: argument parsing and every reply shape. */
class SortedSetPopsTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void multiPopParsesFromAnyNumkeysPosition() {
        // BZMPOP timeout numkeys key... MIN|MAX [COUNT n]: numkeys is argument 2 there.
        String reply = Calls.run(redis, 2, call -> {
            SortedSetPops.MultiPop args = SortedSetPops.MultiPop.parse(call, 2);
            assertThat(args.firstKey()).isEqualTo(3);
            assertThat(args.numKeys()).isEqualTo(2);
            assertThat(args.end()).isEqualTo(SortedSetPops.End.MAX);
            assertThat(args.count()).isEqualTo(7);
        }, "BZMPOP", "0", "2", "k1", "k2", "max", "count", "7");
        assertThat(reply).isEmpty();
        String defaults = Calls.run(redis, 2, call -> assertThat(SortedSetPops.MultiPop.parse(call, 2).count()).isEqualTo(1),
                "BZMPOP", "0", "1", "k1", "MIN");
        assertThat(defaults).isEmpty();
        assertThat(Calls.run(redis, 2, call -> SortedSetPops.MultiPop.parse(call, 2), "BZMPOP", "0", "0", "k", "MIN"))
                .isEqualTo("-ERR numkeys should be greater than 0\r\n");
        assertThat(Calls.run(redis, 2, call -> SortedSetPops.MultiPop.parse(call, 2), "BZMPOP", "0", "1", "k", "MIN", "COUNT", "0"))
                .isEqualTo("-ERR count should be greater than 0\r\n");
        assertThat(Calls.run(redis, 2, call -> SortedSetPops.MultiPop.parse(call, 2), "BZMPOP", "0", "3", "k", "MIN"))
                .isEqualTo("-ERR syntax error\r\n");
    }

    @Test
    void keyedFlatShapeIsWhatBzpopminReplies() {
        redis.exec("ZADD", "z", "1", "a", "2", "b");
        String reply = Calls.run(redis, 2, call -> assertThat(
                SortedSetPops.popFirst(call, 1, 2, SortedSetPops.End.MIN, 1, SortedSetPops.Shape.KEYED_FLAT)).isTrue(),
                "BZPOPMIN", "missing", "z", "0");
        assertThat(reply).isEqualTo("*3\r\n$1\r\nz\r\n$1\r\na\r\n$1\r\n1\r\n");
        String resp3 = Calls.run(redis, 3, call -> SortedSetPops.popFirst(call, 1, 1, SortedSetPops.End.MAX, 1,
                SortedSetPops.Shape.KEYED_FLAT), "BZPOPMAX", "z", "0");
        assertThat(resp3).isEqualTo("*3\r\n$1\r\nz\r\n$1\r\nb\r\n,2\r\n");
        assertThat(redis.exec("EXISTS", "z")).isEqualTo(":0\r\n");
        String none = Calls.run(redis, 2, call -> assertThat(
                SortedSetPops.popFirst(call, 1, 1, SortedSetPops.End.MIN, 1, SortedSetPops.Shape.KEYED_FLAT)).isFalse(),
                "BZPOPMIN", "z", "0");
        assertThat(none).isEmpty();
    }

    @Test
    void keyedPairsShapeIsWhatZmpopReplies() {
        redis.exec("ZADD", "z", "1", "a", "2", "b", "3", "c");
        assertThat(Calls.run(redis, 2, call -> SortedSetPops.popFirst(call, 1, 1, SortedSetPops.End.MAX, 2,
                SortedSetPops.Shape.KEYED_PAIRS), "BZMPOP", "z"))
                .isEqualTo("*2\r\n$1\r\nz\r\n*2\r\n*2\r\n$1\r\nc\r\n$1\r\n3\r\n*2\r\n$1\r\nb\r\n$1\r\n2\r\n");
        assertThat(redis.exec("ZMPOP", "1", "z", "MIN", "COUNT", "5")).isEqualTo("*2\r\n$1\r\nz\r\n*1\r\n*2\r\n$1\r\na\r\n$1\r\n1\r\n");
        assertThat(redis.exec("ZMPOP", "1", "z", "MIN")).isEqualTo("*-1\r\n");
    }

    @Test
    void theFirstExistingKeyMustBeASortedSet() {
        redis.exec("SET", "s", "x");
        redis.exec("ZADD", "z", "1", "a");
        assertThat(Calls.run(redis, 2, call -> SortedSetPops.popFirst(call, 1, 2, SortedSetPops.End.MIN, 1,
                SortedSetPops.Shape.KEYED_FLAT), "BZPOPMIN", "s", "z", "0"))
                .isEqualTo("-WRONGTYPE Operation against a key holding the wrong kind of value\r\n");
        assertThat(redis.exec("ZCARD", "z")).isEqualTo(":1\r\n");
    }
}
