package dev.cinnabar.command.keys;

import dev.cinnabar.command.CommandHarness;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.keyspace.RawString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dev.cinnabar.command.CommandHarness.START;
import static dev.cinnabar.command.keys.KeyTestSupport.NOT_AN_INTEGER;
import static dev.cinnabar.command.keys.KeyTestSupport.NULL;
import static dev.cinnabar.command.keys.KeyTestSupport.OK;
import static dev.cinnabar.command.keys.KeyTestSupport.SYNTAX;
import static dev.cinnabar.command.keys.KeyTestSupport.bulk;
import static dev.cinnabar.command.keys.KeyTestSupport.error;
import static dev.cinnabar.command.keys.KeyTestSupport.integer;
import static org.assertj.core.api.Assertions.assertThat;

class RenameCopyMoveTest {

    private static final String NO_SUCH_KEY = error("ERR no such key");
    private static final String SAME_OBJECT = error("ERR source and destination objects are the same");
    private static final String OUT_OF_RANGE = error("ERR DB index is out of range");
    private static final String NOT_AN_INT =
            error("ERR value is out of range, value must between -2147483648 and 2147483647");

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    private String inDb(int index, String... command) {
        int previous = redis.client().db();
        redis.client().db(index);
        try {
            return redis.exec(command);
        } finally {
            redis.client().db(previous);
        }
    }

    @Test
    void renameMovesTheValue() {
        redis.exec("SET", "a", "1");
        assertThat(redis.exec("RENAME", "a", "b")).isEqualTo(OK);
        assertThat(redis.exec("EXISTS", "a")).isEqualTo(integer(0));
        assertThat(redis.exec("GET", "b")).isEqualTo(bulk("1"));
        redis.exec("SET", "c", "3");
        assertThat(redis.exec("RENAME", "b", "c")).isEqualTo(OK);
        assertThat(redis.exec("GET", "c")).isEqualTo(bulk("1"));
        assertThat(redis.exec("DBSIZE")).isEqualTo(integer(1));
    }

    @Test
    void renameOfAnAbsentKeyFailsEvenOntoItself() {
        assertThat(redis.exec("RENAME", "nokey", "x")).isEqualTo(NO_SUCH_KEY);
        assertThat(redis.exec("RENAME", "nokey", "nokey")).isEqualTo(NO_SUCH_KEY);
        assertThat(redis.exec("RENAMENX", "nokey", "nokey")).isEqualTo(NO_SUCH_KEY);
        redis.exec("SET", "k", "v", "PX", "10");
        redis.clock().advance(11);
        assertThat(redis.exec("RENAME", "k", "x")).isEqualTo(NO_SUCH_KEY);
    }

    @Test
    void renamingAKeyToItselfChangesNothing() {
        redis.exec("SET", "k", "v", "EX", "100");
        assertThat(redis.exec("RENAME", "k", "k")).isEqualTo(OK);
        assertThat(redis.exec("RENAMENX", "k", "k")).isEqualTo(integer(0));
        assertThat(redis.exec("GET", "k")).isEqualTo(bulk("v"));
        assertThat(redis.exec("TTL", "k")).isEqualTo(integer(100));
    }

    @Test
    void renameKeepsTheSourceTtlAndDropsTheTargets() {
        redis.exec("SET", "t", "v", "EX", "100");
        redis.exec("SET", "u", "w", "EX", "200");
        assertThat(redis.exec("RENAME", "t", "u")).isEqualTo(OK);
        assertThat(redis.exec("TTL", "u")).isEqualTo(integer(100));
        redis.exec("SET", "p", "v");
        redis.exec("SET", "q", "w", "EX", "100");
        assertThat(redis.exec("RENAME", "p", "q")).isEqualTo(OK);
        assertThat(redis.exec("TTL", "q")).isEqualTo(integer(-1));
        redis.clock().advance(100_001);
        assertThat(redis.exec("GET", "u")).isEqualTo(NULL);
        assertThat(redis.exec("GET", "q")).isEqualTo(bulk("v"));
        // The old key's slot in the expiry index must not delete the renamed key.
        redis.exec("SET", "r", "v", "PX", "10");
        redis.exec("RENAME", "r", "s");
        redis.exec("PERSIST", "s");
        redis.clock().advance(20);
        redis.db().reap(1000);
        assertThat(redis.exec("GET", "s")).isEqualTo(bulk("v"));
    }

    @Test
    void renamenxOnlyWhenTheTargetIsAbsent() {
        redis.exec("SET", "a", "1");
        redis.exec("SET", "b", "2");
        assertThat(redis.exec("RENAMENX", "a", "b")).isEqualTo(integer(0));
        assertThat(redis.exec("GET", "a")).isEqualTo(bulk("1"));
        assertThat(redis.exec("RENAMENX", "a", "c")).isEqualTo(integer(1));
        assertThat(redis.exec("GET", "c")).isEqualTo(bulk("1"));
        assertThat(redis.exec("RENAME", "a")).isEqualTo(error("ERR wrong number of arguments for 'rename' command"));
    }

    @Test
    void copyDuplicatesValueAndTtl() {
        redis.exec("SET", "src", "hello", "EX", "100");
        assertThat(redis.exec("COPY", "src", "dst")).isEqualTo(integer(1));
        assertThat(redis.exec("GET", "dst")).isEqualTo(bulk("hello"));
        assertThat(redis.exec("TTL", "dst")).isEqualTo(integer(100));
        assertThat(redis.exec("COPY", "src", "dst")).isEqualTo(integer(0));
        redis.exec("SET", "src", "again");
        assertThat(redis.exec("COPY", "src", "dst", "REPLACE")).isEqualTo(integer(1));
        assertThat(redis.exec("GET", "dst")).isEqualTo(bulk("again"));
        assertThat(redis.exec("TTL", "dst")).isEqualTo(integer(-1));
        assertThat(redis.exec("COPY", "src", "dst", "replace", "REPLACE")).isEqualTo(integer(1));
        assertThat(redis.exec("COPY", "nokey", "dst", "REPLACE")).isEqualTo(integer(0));
        assertThat(redis.exec("GET", "dst")).isEqualTo(bulk("again"));
    }

    @Test
    void copyToAnotherDatabase() {
        redis.exec("SET", "src", "v", "EX", "100");
        assertThat(redis.exec("COPY", "src", "src", "DB", "1")).isEqualTo(integer(1));
        assertThat(redis.exec("COPY", "src", "src", "DB", "1")).isEqualTo(integer(0));
        assertThat(inDb(1, "GET", "src")).isEqualTo(bulk("v"));
        assertThat(inDb(1, "TTL", "src")).isEqualTo(integer(100));
        assertThat(redis.exec("COPY", "src", "src", "DB", "0")).isEqualTo(SAME_OBJECT);
        redis.client().db(1);
        assertThat(redis.exec("COPY", "src", "src", "DB", "1")).isEqualTo(SAME_OBJECT);
        assertThat(redis.exec("COPY", "src", "other", "DB", "0")).isEqualTo(integer(1));
    }

    @Test
    void copyErrors() {
        redis.exec("SET", "src", "v");
        assertThat(redis.exec("COPY", "src", "src")).isEqualTo(SAME_OBJECT);
        assertThat(redis.exec("COPY", "nokey", "nokey")).isEqualTo(SAME_OBJECT);
        assertThat(redis.exec("COPY", "src", "dst", "DB", "16")).isEqualTo(OUT_OF_RANGE);
        assertThat(redis.exec("COPY", "src", "dst", "DB", "-1")).isEqualTo(OUT_OF_RANGE);
        assertThat(redis.exec("COPY", "src", "dst", "DB", "x")).isEqualTo(NOT_AN_INTEGER);
        assertThat(redis.exec("COPY", "src", "dst", "DB", "4294967296")).isEqualTo(NOT_AN_INT);
        assertThat(redis.exec("COPY", "src", "dst", "DB")).isEqualTo(SYNTAX);
        assertThat(redis.exec("COPY", "src", "dst", "foo")).isEqualTo(SYNTAX);
        assertThat(redis.exec("COPY", "src", "dst", "DB", "16", "foo")).isEqualTo(OUT_OF_RANGE);
        assertThat(redis.exec("COPY", "src", "dst", "foo", "DB", "16")).isEqualTo(SYNTAX);
        assertThat(redis.exec("COPY", "src")).isEqualTo(error("ERR wrong number of arguments for 'copy' command"));
        assertThat(redis.exec("EXISTS", "dst")).isEqualTo(integer(0));
    }

    @Test
    void copyOfAGrowableStringSharesNoBuffer() {
        RawString raw = new RawString("abc".getBytes(StandardCharsets.UTF_8), 16);
        redis.db().database(0).insert("r".getBytes(StandardCharsets.UTF_8), raw);
        assertThat(redis.exec("COPY", "r", "r2")).isEqualTo(integer(1));
        Entry copy = redis.db().database(0).lookup("r2".getBytes(StandardCharsets.UTF_8), START);
        assertThat(copy.value()).isInstanceOf(RawString.class).isNotSameAs(raw);
        raw.append("def".getBytes(StandardCharsets.UTF_8));
        assertThat(redis.exec("GET", "r2")).isEqualTo(bulk("abc"));
        assertThat(redis.exec("OBJECT", "ENCODING", "r2")).isEqualTo(bulk("raw"));
    }

    @Test
    void copyCountsAKeyspaceReadOfTheSource() {
        redis.exec("SET", "src", "v");
        redis.exec("COPY", "src", "dst");
        redis.exec("COPY", "nokey", "dst");
        assertThat(redis.db().keyspaceHits()).isEqualTo(1);
        assertThat(redis.db().keyspaceMisses()).isEqualTo(1);
    }

    @Test
    void moveTakesValueAndTtlToAnotherDatabase() {
        redis.exec("SET", "m", "v", "EX", "100");
        assertThat(redis.exec("MOVE", "m", "1")).isEqualTo(integer(1));
        assertThat(redis.exec("EXISTS", "m")).isEqualTo(integer(0));
        assertThat(inDb(1, "GET", "m")).isEqualTo(bulk("v"));
        assertThat(inDb(1, "TTL", "m")).isEqualTo(integer(100));
        assertThat(redis.exec("MOVE", "m", "1")).isEqualTo(integer(0));
        redis.exec("SET", "m", "here");
        assertThat(redis.exec("MOVE", "m", "1")).isEqualTo(integer(0));
        assertThat(redis.exec("GET", "m")).isEqualTo(bulk("here"));
        assertThat(inDb(1, "GET", "m")).isEqualTo(bulk("v"));
        redis.clock().advance(100_001);
        redis.db().reap(1000);
        assertThat(redis.db().database(1).size()).isZero();
        assertThat(redis.exec("GET", "m")).isEqualTo(bulk("here"));
    }

    @Test
    void moveErrors() {
        redis.exec("SET", "m", "v");
        assertThat(redis.exec("MOVE", "m", "0")).isEqualTo(SAME_OBJECT);
        assertThat(redis.exec("MOVE", "nokey", "0")).isEqualTo(SAME_OBJECT);
        assertThat(redis.exec("MOVE", "nokey", "1")).isEqualTo(integer(0));
        assertThat(redis.exec("MOVE", "m", "16")).isEqualTo(OUT_OF_RANGE);
        assertThat(redis.exec("MOVE", "m", "-1")).isEqualTo(OUT_OF_RANGE);
        assertThat(redis.exec("MOVE", "m", "x")).isEqualTo(NOT_AN_INTEGER);
        assertThat(redis.exec("MOVE", "m", "2147483648")).isEqualTo(NOT_AN_INT);
        assertThat(redis.exec("MOVE", "m", "1", "2")).isEqualTo(error("ERR wrong number of arguments for 'move' command"));
    }
}
