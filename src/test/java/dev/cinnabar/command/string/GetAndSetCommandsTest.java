package dev.cinnabar.command.string;

import dev.cinnabar.command.CommandHarness;
import dev.cinnabar.keyspace.Entry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.CommandHarness.START;
import static dev.cinnabar.command.string.Replies.NIL;
import static dev.cinnabar.command.string.Replies.NOT_INTEGER;
import static dev.cinnabar.command.string.Replies.OK;
import static dev.cinnabar.command.string.Replies.SYNTAX;
import static dev.cinnabar.command.string.Replies.WRONG_TYPE;
import static dev.cinnabar.command.string.Replies.bulk;
import static dev.cinnabar.command.string.Replies.deadline;
import static dev.cinnabar.command.string.Replies.error;
import static dev.cinnabar.command.string.Replies.integer;
import static dev.cinnabar.command.string.Replies.otherType;
import static org.assertj.core.api.Assertions.assertThat;

/** GETDEL, GETSET, GETEX, SETNX, SETEX, PSETEX, MGET, MSET, MSETNX and SET's expiry options. */
class GetAndSetCommandsTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void getdelRepliesWithTheValueAndDeletesTheKey() {
        redis.exec("SET", "k", "v");
        assertThat(redis.exec("GETDEL", "k")).isEqualTo(bulk("v"));
        assertThat(redis.exec("GETDEL", "k")).isEqualTo(NIL);
        assertThat(redis.exec("GET", "k")).isEqualTo(NIL);
        otherType(redis, "other");
        assertThat(redis.exec("GETDEL", "other")).isEqualTo(WRONG_TYPE);
        assertThat(deadline(redis, "other")).isEqualTo(Entry.NO_EXPIRY);
        assertThat(redis.exec("GETDEL", "a", "b")).isEqualTo(error("ERR wrong number of arguments for 'getdel' command"));
    }

    @Test
    void getsetRepliesWithTheOldValueAndDropsTheTtl() {
        assertThat(redis.exec("GETSET", "k", "one")).isEqualTo(NIL);
        redis.exec("SET", "k", "two", "PX", "100");
        assertThat(redis.exec("GETSET", "k", "three")).isEqualTo(bulk("two"));
        assertThat(deadline(redis, "k")).isEqualTo(Entry.NO_EXPIRY);
        redis.clock().advance(1000);
        assertThat(redis.exec("GET", "k")).isEqualTo(bulk("three"));
        otherType(redis, "other");
        assertThat(redis.exec("GETSET", "other", "x")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("GETSET", "k")).isEqualTo(error("ERR wrong number of arguments for 'getset' command"));
    }

    @Test
    void getexSetsOrRemovesTheTtl() {
        redis.exec("SET", "k", "v");
        assertThat(redis.exec("GETEX", "k")).isEqualTo(bulk("v"));
        assertThat(deadline(redis, "k")).isEqualTo(Entry.NO_EXPIRY);
        assertThat(redis.exec("GETEX", "k", "EX", "10")).isEqualTo(bulk("v"));
        assertThat(deadline(redis, "k")).isEqualTo(START + 10_000);
        assertThat(redis.exec("GETEX", "k", "px", "500")).isEqualTo(bulk("v"));
        assertThat(deadline(redis, "k")).isEqualTo(START + 500);
        assertThat(redis.exec("GETEX", "k", "EXAT", "1800000000")).isEqualTo(bulk("v"));
        assertThat(deadline(redis, "k")).isEqualTo(1_800_000_000_000L);
        assertThat(redis.exec("GETEX", "k", "PXAT", "1800000000123")).isEqualTo(bulk("v"));
        assertThat(deadline(redis, "k")).isEqualTo(1_800_000_000_123L);
        assertThat(redis.exec("GETEX", "k", "PERSIST")).isEqualTo(bulk("v"));
        assertThat(deadline(redis, "k")).isEqualTo(Entry.NO_EXPIRY);
        assertThat(redis.exec("GETEX", "k", "EX", "10", "EX", "20")).isEqualTo(bulk("v"));
        assertThat(deadline(redis, "k")).isEqualTo(START + 20_000);
        redis.clock().advance(20_001);
        assertThat(redis.exec("GETEX", "k")).isEqualTo(NIL);
    }

    @Test
    void getexWithATimestampInThePastDeletesTheKeyAfterReplying() {
        redis.exec("SET", "k", "v");
        assertThat(redis.exec("GETEX", "k", "PXAT", String.valueOf(START))).isEqualTo(bulk("v"));
        assertThat(deadline(redis, "k")).isNull();
        assertThat(redis.db().expiredKeys()).isZero();
        redis.exec("SET", "k", "v");
        assertThat(redis.exec("GETEX", "k", "EXAT", "1")).isEqualTo(bulk("v"));
        assertThat(redis.exec("GET", "k")).isEqualTo(NIL);
    }

    @Test
    void getexOptionErrors() {
        redis.exec("SET", "k", "v", "PX", "100");
        assertThat(redis.exec("GETEX", "k", "EX", "10", "PERSIST")).isEqualTo(SYNTAX);
        assertThat(redis.exec("GETEX", "k", "PERSIST", "PX", "10")).isEqualTo(SYNTAX);
        assertThat(redis.exec("GETEX", "k", "EX", "10", "PX", "10")).isEqualTo(SYNTAX);
        assertThat(redis.exec("GETEX", "k", "EX")).isEqualTo(SYNTAX);
        assertThat(redis.exec("GETEX", "k", "KEEPTTL")).isEqualTo(SYNTAX);
        assertThat(redis.exec("GETEX", "k", "NX")).isEqualTo(SYNTAX);
        assertThat(redis.exec("GETEX", "k", "EX", "abc")).isEqualTo(NOT_INTEGER);
        assertThat(redis.exec("GETEX", "k", "EX", "0")).isEqualTo(error("ERR invalid expire time in 'getex' command"));
        assertThat(redis.exec("GETEX", "k", "PXAT", "-1")).isEqualTo(error("ERR invalid expire time in 'getex' command"));
        assertThat(redis.exec("GETEX", "k", "EX", "9223372036854775807"))
                .isEqualTo(error("ERR invalid expire time in 'getex' command"));
        assertThat(redis.exec("GETEX", "k", "PX", "9223372036854775807"))
                .isEqualTo(error("ERR invalid expire time in 'getex' command"));
        assertThat(deadline(redis, "k")).isEqualTo(START + 100);
        // The key is read before the TTL value: a missing key replies null whatever the value.
        assertThat(redis.exec("GETEX", "missing", "EX", "abc")).isEqualTo(NIL);
        assertThat(redis.exec("GETEX", "missing", "FOO")).isEqualTo(SYNTAX);
        otherType(redis, "other");
        assertThat(redis.exec("GETEX", "other", "EX", "abc")).isEqualTo(WRONG_TYPE);
    }

    @Test
    void setnxSetsOnlyAbsentKeys() {
        assertThat(redis.exec("SETNX", "k", "1")).isEqualTo(integer(1));
        assertThat(redis.exec("SETNX", "k", "2")).isEqualTo(integer(0));
        assertThat(redis.exec("GET", "k")).isEqualTo(bulk("1"));
        otherType(redis, "other");
        assertThat(redis.exec("SETNX", "other", "2")).isEqualTo(integer(0));
        redis.exec("SET", "short", "v", "PX", "10");
        redis.clock().advance(11);
        assertThat(redis.exec("SETNX", "short", "w")).isEqualTo(integer(1));
        assertThat(deadline(redis, "short")).isEqualTo(Entry.NO_EXPIRY);
    }

    @Test
    void setexAndPsetexSetTheValueWithATtl() {
        otherType(redis, "k");
        assertThat(redis.exec("SETEX", "k", "10", "v")).isEqualTo(OK);
        assertThat(deadline(redis, "k")).isEqualTo(START + 10_000);
        assertThat(redis.exec("PSETEX", "k", "250", "w")).isEqualTo(OK);
        assertThat(deadline(redis, "k")).isEqualTo(START + 250);
        redis.clock().advance(250);
        assertThat(redis.exec("GET", "k")).isEqualTo(bulk("w"));
        redis.clock().advance(1);
        assertThat(redis.exec("GET", "k")).isEqualTo(NIL);
    }

    @Test
    void setexErrorsWriteNothing() {
        assertThat(redis.exec("SETEX", "k", "0", "v")).isEqualTo(error("ERR invalid expire time in 'setex' command"));
        assertThat(redis.exec("SETEX", "k", "-5", "v")).isEqualTo(error("ERR invalid expire time in 'setex' command"));
        assertThat(redis.exec("SETEX", "k", "9223372036854775807", "v"))
                .isEqualTo(error("ERR invalid expire time in 'setex' command"));
        assertThat(redis.exec("SETEX", "k", "1.5", "v")).isEqualTo(NOT_INTEGER);
        assertThat(redis.exec("PSETEX", "k", "0", "v")).isEqualTo(error("ERR invalid expire time in 'psetex' command"));
        assertThat(redis.exec("PSETEX", "k", "9223372036854775807", "v"))
                .isEqualTo(error("ERR invalid expire time in 'psetex' command"));
        assertThat(redis.exec("PSETEX", "k", "x", "v")).isEqualTo(NOT_INTEGER);
        assertThat(redis.exec("SETEX", "k", "10")).isEqualTo(error("ERR wrong number of arguments for 'setex' command"));
        assertThat(redis.exec("GET", "k")).isEqualTo(NIL);
    }

    @Test
    void setClearsTheTtlUnlessKeepttl() {
        redis.exec("SET", "k", "v", "EX", "100");
        redis.exec("SET", "k", "w", "KEEPTTL");
        assertThat(deadline(redis, "k")).isEqualTo(START + 100_000);
        redis.exec("SET", "k", "x");
        assertThat(deadline(redis, "k")).isEqualTo(Entry.NO_EXPIRY);
    }

    @Test
    void setAcceptsARepeatedExpiryOptionButNotTwoDifferentOnes() {
        assertThat(redis.exec("SET", "k", "v", "EX", "10", "EX", "20")).isEqualTo(OK);
        assertThat(deadline(redis, "k")).isEqualTo(START + 20_000);
        assertThat(redis.exec("SET", "k", "v", "KEEPTTL", "KEEPTTL")).isEqualTo(OK);
        assertThat(deadline(redis, "k")).isEqualTo(START + 20_000);
        assertThat(redis.exec("SET", "k", "v", "EX", "10", "PX", "10")).isEqualTo(SYNTAX);
        assertThat(redis.exec("SET", "k", "v", "EX", "10", "KEEPTTL")).isEqualTo(SYNTAX);
        assertThat(redis.exec("SET", "k", "v", "KEEPTTL", "PXAT", "1")).isEqualTo(SYNTAX);
        assertThat(redis.exec("SET", "k", "v", "PERSIST")).isEqualTo(SYNTAX);
        assertThat(redis.exec("SET", "k", "v", "EX", "0", "EX", "10")).isEqualTo(OK);
        assertThat(redis.exec("SET", "k", "v", "EX", "10", "EX", "0")).isEqualTo(error("ERR invalid expire time in 'set' command"));
    }

    @Test
    void msetSetsEveryPairAndDropsTtls() {
        redis.exec("SET", "a", "old", "PX", "100");
        assertThat(redis.exec("MSET", "a", "1", "b", "2", "a", "3")).isEqualTo(OK);
        assertThat(redis.exec("MGET", "a", "b", "c")).isEqualTo("*3\r\n" + bulk("3") + bulk("2") + NIL);
        assertThat(deadline(redis, "a")).isEqualTo(Entry.NO_EXPIRY);
        assertThat(redis.exec("MSET", "a", "1", "b")).isEqualTo(error("ERR wrong number of arguments for 'mset' command"));
        assertThat(redis.exec("MSET", "a")).isEqualTo(error("ERR wrong number of arguments for 'mset' command"));
        assertThat(redis.exec("GET", "b")).isEqualTo(bulk("2"));
    }

    @Test
    void msetnxSetsAllOrNothing() {
        assertThat(redis.exec("MSETNX", "x", "1", "y", "2")).isEqualTo(integer(1));
        assertThat(redis.exec("MSETNX", "y", "3", "z", "4")).isEqualTo(integer(0));
        assertThat(redis.exec("MGET", "x", "y", "z")).isEqualTo("*3\r\n" + bulk("1") + bulk("2") + NIL);
        assertThat(redis.exec("MSETNX", "u", "1", "u", "2")).isEqualTo(integer(1));
        assertThat(redis.exec("GET", "u")).isEqualTo(bulk("2"));
        assertThat(redis.exec("MSETNX", "p", "1", "q")).isEqualTo(error("ERR wrong number of arguments for 'msetnx' command"));
        assertThat(redis.exec("GET", "p")).isEqualTo(NIL);
        otherType(redis, "other");
        assertThat(redis.exec("MSETNX", "other", "1", "fresh", "2")).isEqualTo(integer(0));
    }

    @Test
    void mgetRepliesNullForMissingKeysAndOtherTypes() {
        redis.exec("SET", "a", "1");
        otherType(redis, "other");
        redis.exec("SET", "gone", "v", "PX", "5");
        redis.clock().advance(6);
        assertThat(redis.exec("MGET", "a", "other", "gone", "a"))
                .isEqualTo("*4\r\n" + bulk("1") + NIL + NIL + bulk("1"));
        assertThat(new Replies.Resp3Client(redis).exec("MGET", "a", "missing")).isEqualTo("*2\r\n" + bulk("1") + "_\r\n");
    }

    @Test
    void readsCountKeyspaceHitsAndMissesButWritesDoNot() {
        redis.exec("SET", "a", "1");
        redis.db().resetStats();
        redis.exec("MGET", "a", "b");
        redis.exec("GETDEL", "b");
        redis.exec("GETEX", "a");
        redis.exec("GETSET", "a", "2");
        assertThat(redis.db().keyspaceHits()).isEqualTo(3);
        assertThat(redis.db().keyspaceMisses()).isEqualTo(2);
        redis.exec("SETNX", "a", "x");
        redis.exec("MSETNX", "a", "x");
        redis.exec("MSET", "c", "x");
        redis.exec("SETEX", "d", "10", "x");
        assertThat(redis.db().keyspaceHits()).isEqualTo(3);
        assertThat(redis.db().keyspaceMisses()).isEqualTo(2);
    }
}
