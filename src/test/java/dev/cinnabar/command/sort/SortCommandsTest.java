package dev.cinnabar.command.sort;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.RespText.EMPTY_ARRAY;
import static dev.cinnabar.command.RespText.NIL;
import static dev.cinnabar.command.RespText.SYNTAX;
import static dev.cinnabar.command.RespText.WRONG_TYPE;
import static dev.cinnabar.command.RespText.array;
import static dev.cinnabar.command.RespText.bulk;
import static dev.cinnabar.command.RespText.error;
import static dev.cinnabar.command.RespText.integer;
import static org.assertj.core.api.Assertions.assertThat;

/** SORT and SORT_RO through the dispatcher, byte for byte. */
class SortCommandsTest {

    private static final String UNREADABLE = error("ERR One or more scores can't be converted into double");
    private static final String NOT_INTEGER = error("ERR value is not an integer or out of range");

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void numbersSortAsNumbersAndTiesByTheirBytes() {
        redis.exec("RPUSH", "l", "10", "2", "0x10", "1e1", " 3", "-1", "", "2.0");
        assertThat(redis.exec("SORT", "l")).isEqualTo(array("-1", "", "2", "2.0", " 3", "10", "1e1", "0x10"));
        assertThat(redis.exec("SORT", "l", "DESC")).isEqualTo(array("0x10", "1e1", "10", " 3", "2.0", "2", "", "-1"));
        assertThat(redis.exec("SORT_RO", "l", "LIMIT", "2", "3")).isEqualTo(array("2", "2.0", " 3"));
    }

    @Test
    void alphaComparesUnsignedBytesAsCStringsUnlessStoring() {
        redis.exec("RPUSH", "l", "b", "a\u0000z", "\u00ff", "a", "B", "a\u0000y");
        assertThat(redis.exec("SORT", "l", "ALPHA")).isEqualTo(array("B", "a\u0000z", "a", "a\u0000y", "b", "\u00ff"));
        assertThat(redis.exec("SORT", "l", "ALPHA", "STORE", "d")).isEqualTo(integer(6));
        assertThat(redis.exec("LRANGE", "d", "0", "-1")).isEqualTo(array("B", "a", "a\u0000y", "a\u0000z", "b", "\u00ff"));
    }

    @Test
    void elementsThatAreNotNumbersFailUnlessAlpha() {
        redis.exec("RPUSH", "l", "1", "x");
        assertThat(redis.exec("SORT", "l")).isEqualTo(UNREADABLE);
        assertThat(redis.exec("SORT", "l", "LIMIT", "0", "0")).isEqualTo(UNREADABLE);
        assertThat(redis.exec("SORT", "l", "ALPHA")).isEqualTo(array("1", "x"));
        assertThat(redis.exec("SORT", "l", "BY", "nosort")).isEqualTo(array("1", "x"));
        redis.exec("RPUSH", "tiny", "1e-310");
        assertThat(redis.exec("SORT", "tiny")).isEqualTo(UNREADABLE);
    }

    @Test
    void limitIsClampedAsRedisClampsIt() {
        redis.exec("RPUSH", "l", "3", "1", "2");
        assertThat(redis.exec("SORT", "l", "LIMIT", "-5", "2")).isEqualTo(array("1", "2"));
        assertThat(redis.exec("SORT", "l", "LIMIT", "1", "-7")).isEqualTo(array("2", "3"));
        assertThat(redis.exec("SORT", "l", "LIMIT", "2", "9223372036854775807")).isEqualTo(array("3"));
        assertThat(redis.exec("SORT", "l", "LIMIT", "3", "1")).isEqualTo(EMPTY_ARRAY);
        assertThat(redis.exec("SORT", "l", "LIMIT", "0", "0")).isEqualTo(EMPTY_ARRAY);
        assertThat(redis.exec("SORT", "l", "LIMIT", "x", "1")).isEqualTo(NOT_INTEGER);
    }

    @Test
    void byAndGetLookUpStringsAndHashFields() {
        redis.exec("RPUSH", "l", "1", "2", "3");
        redis.exec("MSET", "w_1", "30", "w_2", "10", "w_3", "20", "n_1", "one", "n_3", "three");
        redis.exec("HSET", "h_1", "f", "b");
        redis.exec("HSET", "h_2", "f", "a");
        assertThat(redis.exec("SORT", "l", "BY", "w_*")).isEqualTo(array("2", "3", "1"));
        assertThat(redis.exec("SORT", "l", "BY", "h_*->f", "ALPHA")).isEqualTo(array("3", "2", "1"));
        assertThat(redis.exec("SORT", "l", "BY", "w_*", "GET", "#", "GET", "n_*", "GET", "h_*->f"))
                .isEqualTo("*9\r\n" + bulk("2") + NIL + bulk("a") + bulk("3") + bulk("three") + NIL
                        + bulk("1") + bulk("one") + bulk("b"));
        assertThat(redis.exec("SORT", "l", "GET", "constant")).isEqualTo("*3\r\n" + NIL + NIL + NIL);
    }

    @Test
    void aByPatternWithoutAStarKeepsTheOwnOrderAndDescWalksItBackwards() {
        redis.exec("RPUSH", "l", "3", "1", "2", "x");
        assertThat(redis.exec("SORT", "l", "BY", "nosort")).isEqualTo(array("3", "1", "2", "x"));
        assertThat(redis.exec("SORT", "l", "BY", "nosort", "DESC", "LIMIT", "1", "2")).isEqualTo(array("2", "1"));
        assertThat(redis.exec("SORT", "l", "BY", "nosort", "BY", "w_*")).isEqualTo(array("3", "1", "2", "x"));
        redis.exec("ZADD", "z", "2", "a", "1", "b", "3", "c");
        assertThat(redis.exec("SORT", "z", "BY", "nosort", "DESC")).isEqualTo(array("c", "a", "b"));
        assertThat(redis.exec("SORT", "z", "BY", "nosort", "LIMIT", "1", "5")).isEqualTo(array("a", "c"));
    }

    @Test
    void aSetStoredUnsortedIsSortedByItsBytesAfterAll() {
        redis.exec("SADD", "s", "10", "9", "-1");
        assertThat(redis.exec("SORT", "s", "BY", "nosort")).isEqualTo(array("-1", "9", "10"));
        assertThat(redis.exec("SORT", "s", "BY", "nosort", "DESC", "STORE", "d")).isEqualTo(integer(3));
        assertThat(redis.exec("LRANGE", "d", "0", "-1")).isEqualTo(array("9", "10", "-1"));
    }

    @Test
    void sortingASortedSetTurnsItIntoASkiplist() {
        redis.exec("ZADD", "z", "1", "b", "2", "a");
        assertThat(redis.exec("SORT_RO", "z", "ALPHA")).isEqualTo(array("a", "b"));
        assertThat(redis.exec("OBJECT", "ENCODING", "z")).isEqualTo(bulk("skiplist"));
        redis.exec("ZADD", "untouched", "1", "a");
        assertThat(redis.exec("SORT", "untouched", "bogus")).isEqualTo(SYNTAX);
        assertThat(redis.exec("OBJECT", "ENCODING", "untouched")).isEqualTo(bulk("listpack"));
    }

    @Test
    void storeReplacesAnyValueDropsItsTtlAndDeletesOnAnEmptyResult() {
        redis.exec("RPUSH", "l", "2", "1");
        redis.exec("SET", "d", "text", "EX", "100");
        assertThat(redis.exec("SORT", "l", "STORE", "d")).isEqualTo(integer(2));
        assertThat(redis.exec("TYPE", "d")).isEqualTo("+list\r\n");
        assertThat(redis.exec("OBJECT", "ENCODING", "d")).isEqualTo(bulk("quicklist"));
        assertThat(redis.exec("TTL", "d")).isEqualTo(integer(-1));
        assertThat(redis.exec("SORT", "l", "GET", "missing_*", "STORE", "d")).isEqualTo(integer(2));
        assertThat(redis.exec("LRANGE", "d", "0", "-1")).isEqualTo(array("", ""));
        assertThat(redis.exec("SORT", "nokey", "STORE", "d")).isEqualTo(integer(0));
        assertThat(redis.exec("EXISTS", "d")).isEqualTo(integer(0));
    }

    @Test
    void aStoredListTakesTheConfiguredNodeSize() {
        redis.exec("CONFIG", "SET", "list-max-listpack-size", "2");
        redis.exec("RPUSH", "l", "5", "4", "3", "2", "1");
        redis.exec("SORT", "l", "STORE", "d");
        assertThat(redis.exec("LRANGE", "d", "0", "-1")).isEqualTo(array("1", "2", "3", "4", "5"));
        assertThat(redis.exec("LINDEX", "d", "3")).isEqualTo(bulk("4"));
    }

    @Test
    void failuresChangeNothing() {
        redis.exec("SET", "keep", "v");
        redis.exec("SET", "str", "v");
        redis.exec("RPUSH", "bad", "x");
        assertThat(redis.exec("SORT", "str", "STORE", "keep")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("SORT", "bad", "STORE", "keep")).isEqualTo(UNREADABLE);
        assertThat(redis.exec("SORT", "bad", "STORE", "keep", "oops")).isEqualTo(SYNTAX);
        assertThat(redis.exec("GET", "keep")).isEqualTo(bulk("v"));
    }

    @Test
    void optionsAreCheckedBeforeTheKeyAndSortRoTakesNoStore() {
        redis.exec("SET", "str", "v");
        assertThat(redis.exec("SORT", "str", "LIMIT", "0")).isEqualTo(SYNTAX);
        assertThat(redis.exec("SORT", "str", "LIMIT", "a", "b")).isEqualTo(NOT_INTEGER);
        assertThat(redis.exec("SORT", "str")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("SORT_RO", "str", "STORE", "d")).isEqualTo(SYNTAX);
        assertThat(redis.exec("SORT_RO")).isEqualTo(error("ERR wrong number of arguments for 'sort_ro' command"));
    }

    @Test
    void resp3RepliesNullsForMissingValues() {
        redis.exec("HELLO", "3");
        redis.exec("RPUSH", "l", "1");
        assertThat(redis.exec("SORT", "l", "GET", "#", "GET", "n_*")).isEqualTo("*2\r\n" + bulk("1") + "_\r\n");
    }

    @Test
    void watchSeesOnlyTheDestinationChange() {
        redis.exec("RPUSH", "l", "1");
        redis.exec("WATCH", "l", "other");
        redis.exec("SORT", "l");
        redis.exec("SORT", "l", "STORE", "d");
        redis.exec("MULTI");
        assertThat(redis.exec("EXEC")).isEqualTo(EMPTY_ARRAY);
        redis.exec("WATCH", "d");
        redis.exec("SORT", "l", "STORE", "d");
        redis.exec("MULTI");
        assertThat(redis.exec("EXEC")).isEqualTo("*-1\r\n");
    }

    @Test
    void commandInfoMatchesRedis() {
        assertThat(redis.exec("COMMAND", "INFO", "sort")).startsWith("*1\r\n*10\r\n$4\r\nsort\r\n:-2\r\n"
                + "*3\r\n+write\r\n+denyoom\r\n+movablekeys\r\n:1\r\n:1\r\n:1\r\n"
                + "*6\r\n+@write\r\n+@set\r\n+@sortedset\r\n+@list\r\n+@slow\r\n+@dangerous\r\n");
        assertThat(redis.exec("COMMAND", "INFO", "sort_ro")).startsWith("*1\r\n*10\r\n$7\r\nsort_ro\r\n:-2\r\n"
                + "*2\r\n+readonly\r\n+movablekeys\r\n:1\r\n:1\r\n:1\r\n"
                + "*6\r\n+@read\r\n+@set\r\n+@sortedset\r\n+@list\r\n+@slow\r\n+@dangerous\r\n");
    }
}
