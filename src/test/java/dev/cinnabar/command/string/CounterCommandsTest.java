package dev.cinnabar.command.string;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.CommandHarness.START;
import static dev.cinnabar.command.string.Replies.NIL;
import static dev.cinnabar.command.string.Replies.NOT_FLOAT;
import static dev.cinnabar.command.string.Replies.NOT_INTEGER;
import static dev.cinnabar.command.string.Replies.WRONG_TYPE;
import static dev.cinnabar.command.string.Replies.bulk;
import static dev.cinnabar.command.string.Replies.deadline;
import static dev.cinnabar.command.string.Replies.error;
import static dev.cinnabar.command.string.Replies.integer;
import static dev.cinnabar.command.string.Replies.otherType;
import static dev.cinnabar.command.string.Replies.stored;
import static org.assertj.core.api.Assertions.assertThat;

/** INCR, DECR, INCRBY, DECRBY and INCRBYFLOAT. */
class CounterCommandsTest {

    private static final String OVERFLOW = error("ERR increment or decrement would overflow");
    private static final String NOT_FINITE = error("ERR increment would produce NaN or Infinity");

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void countersStartFromZeroAndStoreDecimalText() {
        assertThat(redis.exec("INCR", "c")).isEqualTo(integer(1));
        assertThat(redis.exec("INCRBY", "c", "41")).isEqualTo(integer(42));
        assertThat(redis.exec("DECR", "c")).isEqualTo(integer(41));
        assertThat(redis.exec("DECRBY", "c", "50")).isEqualTo(integer(-9));
        assertThat(redis.exec("DECRBY", "c", "-10")).isEqualTo(integer(1));
        assertThat(redis.exec("DECR", "fresh")).isEqualTo(integer(-1));
        assertThat(redis.exec("GET", "c")).isEqualTo(bulk("1"));
        assertThat(stored(redis, "c")).isEqualTo("1".getBytes());
    }

    @Test
    void keysHoldingTheSameSmallCountShareItsTextButChangeApart() {
        redis.exec("INCRBY", "a", "7");
        redis.exec("INCRBY", "b", "7");
        redis.exec("INCRBY", "big", "123456");
        assertThat(stored(redis, "a")).isSameAs(stored(redis, "b"));
        assertThat(redis.exec("APPEND", "a", "0")).isEqualTo(integer(2));
        assertThat(redis.exec("SETRANGE", "b", "0", "9")).isEqualTo(integer(1));
        redis.exec("INCRBY", "c", "7");
        assertThat(redis.exec("MGET", "a", "b", "c", "big"))
                .isEqualTo("*4\r\n$2\r\n70\r\n$1\r\n9\r\n$1\r\n7\r\n$6\r\n123456\r\n");
    }

    @Test
    void theStoredValueMustBeACanonicalInteger() {
        for (String value : new String[] {" 1", "1 ", "+1", "01", "-0", "", "1.0", "99999999999999999999", "1\u0000"}) {
            redis.exec("SET", "k", value);
            assertThat(redis.exec("INCR", "k")).as(value).isEqualTo(NOT_INTEGER);
        }
        redis.exec("SET", "k", "-9223372036854775808");
        assertThat(redis.exec("INCR", "k")).isEqualTo(integer(-9223372036854775807L));
        redis.exec("APPEND", "raw", "1");
        redis.exec("APPEND", "raw", "2");
        assertThat(redis.exec("INCR", "raw")).isEqualTo(integer(13));
    }

    @Test
    void theIncrementArgumentIsParsedBeforeTheKeyIsRead() {
        otherType(redis, "other");
        assertThat(redis.exec("INCRBY", "other", "x")).isEqualTo(NOT_INTEGER);
        assertThat(redis.exec("INCRBY", "other", "1")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("INCR", "other")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("DECRBY", "k", "1.5")).isEqualTo(NOT_INTEGER);
        assertThat(redis.exec("DECRBY", "other", "-9223372036854775808")).isEqualTo(error("ERR decrement would overflow"));
    }

    @Test
    void overflowIsAnErrorAndLeavesTheValue() {
        redis.exec("SET", "max", "9223372036854775807");
        assertThat(redis.exec("INCR", "max")).isEqualTo(OVERFLOW);
        assertThat(redis.exec("DECRBY", "max", "-1")).isEqualTo(OVERFLOW);
        assertThat(redis.exec("GET", "max")).isEqualTo(bulk("9223372036854775807"));
        redis.exec("SET", "min", "-9223372036854775808");
        assertThat(redis.exec("DECR", "min")).isEqualTo(OVERFLOW);
        assertThat(redis.exec("INCRBY", "min", "-1")).isEqualTo(OVERFLOW);
        assertThat(redis.exec("INCRBY", "min", "9223372036854775807")).isEqualTo(integer(-1));
        assertThat(redis.exec("INCRBY", "x", "9223372036854775808")).isEqualTo(NOT_INTEGER);
    }

    @Test
    void incrementsKeepTheTtl() {
        redis.exec("SET", "k", "5", "PX", "100");
        assertThat(redis.exec("INCR", "k")).isEqualTo(integer(6));
        assertThat(redis.exec("INCRBYFLOAT", "k", "0.5")).isEqualTo(bulk("6.5"));
        assertThat(deadline(redis, "k")).isEqualTo(START + 100);
        redis.clock().advance(101);
        assertThat(redis.exec("GET", "k")).isEqualTo(NIL);
        assertThat(redis.exec("INCR", "k")).isEqualTo(integer(1));
    }

    @Test
    void arityErrors() {
        assertThat(redis.exec("INCR", "a", "b")).isEqualTo(error("ERR wrong number of arguments for 'incr' command"));
        assertThat(redis.exec("INCRBY", "a")).isEqualTo(error("ERR wrong number of arguments for 'incrby' command"));
        assertThat(redis.exec("INCRBYFLOAT", "a")).isEqualTo(error("ERR wrong number of arguments for 'incrbyfloat' command"));
    }

    @Test
    void incrbyfloatPrintsLikeRedisHumanFormat() {
        assertThat(redis.exec("INCRBYFLOAT", "f", "10.5")).isEqualTo(bulk("10.5"));
        assertThat(redis.exec("INCRBYFLOAT", "f", "0.1")).isEqualTo(bulk("10.6"));
        assertThat(redis.exec("INCRBYFLOAT", "f", "-5")).isEqualTo(bulk("5.6"));
        redis.exec("SET", "g", "5.0e3");
        assertThat(redis.exec("INCRBYFLOAT", "g", "2.0e2")).isEqualTo(bulk("5200"));
        assertThat(redis.exec("GET", "g")).isEqualTo(bulk("5200"));
        assertThat(redis.exec("INCRBYFLOAT", "h", "-1e-20")).isEqualTo(bulk("0"));
        assertThat(redis.exec("INCRBYFLOAT", "i", "-0.0")).isEqualTo(bulk("0"));
        assertThat(redis.exec("INCRBYFLOAT", "j", "0x1.8p1")).isEqualTo(bulk("3"));
        assertThat(redis.exec("INCRBYFLOAT", "j", ".5")).isEqualTo(bulk("3.5"));
        assertThat(redis.exec("INCRBYFLOAT", "j", "1.")).isEqualTo(bulk("4.5"));
    }

    @Test
    void incrbyfloatHasLongDoublePrecision() {
        // What Redis 7.0 on x86-64 replies: 64-bit significands show in the 17 printed decimals.
        assertThat(redis.exec("INCRBYFLOAT", "f", "10000.1")).isEqualTo(bulk("10000.09999999999999964"));
        assertThat(redis.exec("INCRBYFLOAT", "f", "0.1")).isEqualTo(bulk("10000.19999999999999929"));
        redis.exec("SET", "big", "1e20");
        assertThat(redis.exec("INCRBYFLOAT", "big", "0.1")).isEqualTo(bulk("100000000000000000000"));
        assertThat(redis.exec("INCRBYFLOAT", "big", "123.456")).isEqualTo(bulk("100000000000000000120"));
        assertThat(redis.exec("INCRBYFLOAT", "tie", "0.000003814697265625")).isEqualTo(bulk("0.00000381469726562"));
        assertThat(redis.exec("INCRBYFLOAT", "tie2", "0.000011444091796875")).isEqualTo(bulk("0.00001144409179688"));
    }

    @Test
    void incrbyfloatRejectsWhatStrtoldWouldNotReadWhole() {
        redis.exec("SET", "f", "1.5");
        for (String bad : new String[] {" 1", "1 ", "", ".", "-", "1e", "1e+", "0x", "0x1p", "nan", "NaN", "infin",
                "1e5000", "1e-5000", "1\u00002", "abc", "1,5"}) {
            assertThat(redis.exec("INCRBYFLOAT", "f", bad)).as(bad).isEqualTo(NOT_FLOAT);
        }
        assertThat(redis.exec("GET", "f")).isEqualTo(bulk("1.5"));
        redis.exec("SET", "text", "abc");
        assertThat(redis.exec("INCRBYFLOAT", "text", "1")).isEqualTo(NOT_FLOAT);
        redis.exec("SET", "spaced", "1.5 ");
        assertThat(redis.exec("INCRBYFLOAT", "spaced", "1")).isEqualTo(NOT_FLOAT);
        otherType(redis, "other");
        assertThat(redis.exec("INCRBYFLOAT", "other", "x")).isEqualTo(WRONG_TYPE);
    }

    @Test
    void incrbyfloatRefusesInfiniteResults() {
        redis.exec("SET", "f", "1");
        assertThat(redis.exec("INCRBYFLOAT", "f", "inf")).isEqualTo(NOT_FINITE);
        assertThat(redis.exec("INCRBYFLOAT", "f", "-Infinity")).isEqualTo(NOT_FINITE);
        redis.exec("SET", "huge", "1e4932");
        assertThat(redis.exec("INCRBYFLOAT", "huge", "1e4932")).isEqualTo(NOT_FINITE);
        redis.exec("SET", "inf", "inf");
        assertThat(redis.exec("INCRBYFLOAT", "inf", "-inf")).isEqualTo(NOT_FINITE);
        assertThat(redis.exec("GET", "f")).isEqualTo(bulk("1"));
    }

    @Test
    void incrbyfloatAcceptsTheLongDoubleRange() {
        assertThat(redis.exec("INCRBYFLOAT", "tiny", "1e-4940")).isEqualTo(bulk("0"));
        String reply = redis.exec("INCRBYFLOAT", "big", "1e4000");
        assertThat(reply).startsWith("$4000\r\n9999999999999999999965463873099623784932492583506957631301");
    }
}
