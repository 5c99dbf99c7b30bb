package dev.cinnabar.command.string;

import dev.cinnabar.command.CommandHarness;
import dev.cinnabar.keyspace.RawString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.CommandHarness.START;
import static dev.cinnabar.command.string.Replies.EMPTY;
import static dev.cinnabar.command.string.Replies.NIL;
import static dev.cinnabar.command.string.Replies.NOT_INTEGER;
import static dev.cinnabar.command.string.Replies.WRONG_TYPE;
import static dev.cinnabar.command.string.Replies.bulk;
import static dev.cinnabar.command.string.Replies.deadline;
import static dev.cinnabar.command.string.Replies.error;
import static dev.cinnabar.command.string.Replies.integer;
import static dev.cinnabar.command.string.Replies.otherType;
import static dev.cinnabar.command.string.Replies.stored;
import static org.assertj.core.api.Assertions.assertThat;

/** APPEND, STRLEN, GETRANGE, SUBSTR and SETRANGE. */
class RangeCommandsTest {

    private static final String TOO_LONG = error("ERR string exceeds maximum allowed size (proto-max-bulk-len)");

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void appendCreatesThenGrowsInPlace() {
        assertThat(redis.exec("APPEND", "a", "hello")).isEqualTo(integer(5));
        assertThat(stored(redis, "a")).isInstanceOf(byte[].class);
        assertThat(redis.exec("APPEND", "a", " world")).isEqualTo(integer(11));
        assertThat(stored(redis, "a")).isInstanceOf(RawString.class);
        Object grown = stored(redis, "a");
        assertThat(redis.exec("APPEND", "a", "!")).isEqualTo(integer(12));
        assertThat(stored(redis, "a")).isSameAs(grown);
        assertThat(redis.exec("GET", "a")).isEqualTo(bulk("hello world!"));
        assertThat(redis.exec("APPEND", "a", "")).isEqualTo(integer(12));
        assertThat(redis.exec("APPEND", "empty", "")).isEqualTo(integer(0));
        assertThat(redis.exec("GET", "empty")).isEqualTo(EMPTY);
        otherType(redis, "other");
        assertThat(redis.exec("APPEND", "other", "x")).isEqualTo(WRONG_TYPE);
    }

    @Test
    void appendAndSetrangeKeepTheTtl() {
        redis.exec("SET", "k", "v", "PX", "100");
        redis.exec("APPEND", "k", "w");
        redis.exec("SETRANGE", "k", "5", "x");
        assertThat(deadline(redis, "k")).isEqualTo(START + 100);
        assertThat(redis.exec("GET", "k")).isEqualTo(bulk("vw\0\0\0x"));
        redis.clock().advance(101);
        assertThat(redis.exec("APPEND", "k", "new")).isEqualTo(integer(3));
    }

    @Test
    void growingBeyondProtoMaxBulkLenIsRefused() {
        redis.settings().protoMaxBulkLen(10);
        redis.exec("SET", "k", "12345");
        assertThat(redis.exec("APPEND", "k", "67890")).isEqualTo(integer(10));
        assertThat(redis.exec("APPEND", "k", "x")).isEqualTo(TOO_LONG);
        assertThat(redis.exec("SETRANGE", "k", "10", "x")).isEqualTo(TOO_LONG);
        assertThat(redis.exec("SETRANGE", "k", "9", "x")).isEqualTo(integer(10));
        assertThat(redis.exec("SETRANGE", "fresh", "10", "x")).isEqualTo(TOO_LONG);
        assertThat(redis.exec("SETRANGE", "fresh", "10", "")).isEqualTo(integer(0));
        assertThat(redis.exec("SETRANGE", "k", "9223372036854775807", "x")).isEqualTo(TOO_LONG);
        assertThat(redis.exec("GET", "fresh")).isEqualTo(NIL);
        assertThat(redis.exec("GET", "k")).isEqualTo(bulk("123456789x"));
    }

    @Test
    void strlenCountsBytes() {
        redis.exec("SET", "k", "h\u00c3\u00a9llo"); // "héllo" in UTF-8
        assertThat(redis.exec("STRLEN", "k")).isEqualTo(integer(6));
        redis.exec("APPEND", "k", "\0");
        assertThat(redis.exec("STRLEN", "k")).isEqualTo(integer(7));
        assertThat(redis.exec("STRLEN", "missing")).isEqualTo(integer(0));
        otherType(redis, "other");
        assertThat(redis.exec("STRLEN", "other")).isEqualTo(WRONG_TYPE);
    }

    @Test
    void getrangeClampsLikeRedis() {
        redis.exec("SET", "s", "hello");
        assertThat(redis.exec("GETRANGE", "s", "0", "-1")).isEqualTo(bulk("hello"));
        assertThat(redis.exec("GETRANGE", "s", "1", "3")).isEqualTo(bulk("ell"));
        assertThat(redis.exec("GETRANGE", "s", "0", "-100")).isEqualTo(bulk("h"));
        assertThat(redis.exec("GETRANGE", "s", "-100", "-100")).isEqualTo(bulk("h"));
        assertThat(redis.exec("GETRANGE", "s", "-1", "-5")).isEqualTo(EMPTY);
        assertThat(redis.exec("GETRANGE", "s", "-5", "-1")).isEqualTo(bulk("hello"));
        assertThat(redis.exec("GETRANGE", "s", "3", "1")).isEqualTo(EMPTY);
        assertThat(redis.exec("GETRANGE", "s", "10", "20")).isEqualTo(EMPTY);
        assertThat(redis.exec("GETRANGE", "s", "5", "5")).isEqualTo(EMPTY);
        assertThat(redis.exec("GETRANGE", "s", "-1", "-1")).isEqualTo(bulk("o"));
        assertThat(redis.exec("GETRANGE", "s", "2", "9223372036854775807")).isEqualTo(bulk("llo"));
        assertThat(redis.exec("GETRANGE", "s", "-9223372036854775808", "-1")).isEqualTo(bulk("hello"));
        assertThat(redis.exec("GETRANGE", "s", "0", "9223372036854775808")).isEqualTo(NOT_INTEGER);
        assertThat(redis.exec("GETRANGE", "missing", "0", "-1")).isEqualTo(EMPTY);
        assertThat(redis.exec("GETRANGE", "missing", "x", "0")).isEqualTo(NOT_INTEGER);
        redis.exec("SET", "e", "");
        assertThat(redis.exec("GETRANGE", "e", "0", "-1")).isEqualTo(EMPTY);
        otherType(redis, "other");
        assertThat(redis.exec("GETRANGE", "other", "0", "1")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("GETRANGE", "other", "x", "1")).isEqualTo(NOT_INTEGER);
    }

    @Test
    void getrangeReadsGrownStrings() {
        redis.exec("APPEND", "r", "abc");
        redis.exec("APPEND", "r", "def");
        assertThat(redis.exec("GETRANGE", "r", "2", "4")).isEqualTo(bulk("cde"));
        assertThat(redis.exec("GETRANGE", "r", "0", "100")).isEqualTo(bulk("abcdef"));
    }

    @Test
    void substrIsGetrange() {
        redis.exec("SET", "s", "hello");
        assertThat(redis.exec("SUBSTR", "s", "1", "2")).isEqualTo(bulk("el"));
        assertThat(redis.exec("SUBSTR", "s", "-3", "-1")).isEqualTo(bulk("llo"));
        assertThat(redis.exec("SUBSTR", "missing", "0", "1")).isEqualTo(EMPTY);
        assertThat(redis.exec("SUBSTR", "s", "a", "1")).isEqualTo(NOT_INTEGER);
        assertThat(redis.exec("SUBSTR", "s", "1")).isEqualTo(error("ERR wrong number of arguments for 'substr' command"));
    }

    @Test
    void setrangeWritesAndZeroPads() {
        assertThat(redis.exec("SETRANGE", "r", "0", "hello")).isEqualTo(integer(5));
        assertThat(stored(redis, "r")).isInstanceOf(RawString.class);
        assertThat(redis.exec("SETRANGE", "r", "6", "world")).isEqualTo(integer(11));
        assertThat(redis.exec("GET", "r")).isEqualTo(bulk("hello\0world"));
        assertThat(redis.exec("SETRANGE", "r", "0", "H")).isEqualTo(integer(11));
        assertThat(redis.exec("GET", "r")).isEqualTo(bulk("Hello\0world"));
        assertThat(redis.exec("SETRANGE", "r", "20", "")).isEqualTo(integer(11));
        assertThat(redis.exec("SETRANGE", "fresh", "3", "ab")).isEqualTo(integer(5));
        assertThat(redis.exec("GET", "fresh")).isEqualTo(bulk("\0\0\0ab"));
        redis.exec("SET", "plain", "abc");
        assertThat(redis.exec("SETRANGE", "plain", "1", "")).isEqualTo(integer(3));
        assertThat(stored(redis, "plain")).isInstanceOf(byte[].class);
    }

    @Test
    void setrangeErrors() {
        assertThat(redis.exec("SETRANGE", "r", "-1", "x")).isEqualTo(error("ERR offset is out of range"));
        assertThat(redis.exec("SETRANGE", "r", "-1", "")).isEqualTo(error("ERR offset is out of range"));
        assertThat(redis.exec("SETRANGE", "r", "x", "y")).isEqualTo(NOT_INTEGER);
        assertThat(redis.exec("SETRANGE", "nokey", "5", "")).isEqualTo(integer(0));
        assertThat(redis.exec("GET", "nokey")).isEqualTo(NIL);
        otherType(redis, "other");
        assertThat(redis.exec("SETRANGE", "other", "0", "")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("SETRANGE", "other", "-1", "a")).isEqualTo(error("ERR offset is out of range"));
    }

    @Test
    void readsCountKeyspaceHitsAndMisses() {
        redis.exec("SET", "s", "abc");
        redis.db().resetStats();
        redis.exec("STRLEN", "s");
        redis.exec("GETRANGE", "s", "0", "1");
        redis.exec("SUBSTR", "missing", "0", "1");
        redis.exec("APPEND", "s", "d");
        redis.exec("SETRANGE", "s", "0", "x");
        assertThat(redis.db().keyspaceHits()).isEqualTo(2);
        assertThat(redis.db().keyspaceMisses()).isEqualTo(1);
    }
}
