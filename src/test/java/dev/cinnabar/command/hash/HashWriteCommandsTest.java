package dev.cinnabar.command.hash;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.RespText.NIL;
import static dev.cinnabar.command.RespText.OK;
import static dev.cinnabar.command.RespText.WRONG_TYPE;
import static dev.cinnabar.command.RespText.array;
import static dev.cinnabar.command.RespText.bulk;
import static dev.cinnabar.command.RespText.error;
import static dev.cinnabar.command.RespText.integer;
import static org.assertj.core.api.Assertions.assertThat;

/** HSET, HMSET, HSETNX and HDEL. */
class HashWriteCommandsTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void hsetCountsOnlyNewFieldsAndTheLastValueWins() {
        assertThat(redis.exec("HSET", "h", "a", "1", "b", "2")).isEqualTo(integer(2));
        assertThat(redis.exec("HSET", "h", "a", "x", "c", "3", "c", "4")).isEqualTo(integer(1));
        assertThat(redis.exec("HGETALL", "h")).isEqualTo(array("a", "x", "b", "2", "c", "4"));
        assertThat(redis.exec("TYPE", "h")).isEqualTo("+hash\r\n");
    }

    @Test
    void hmsetRepliesOk() {
        assertThat(redis.exec("HMSET", "h", "a", "1", "b", "2")).isEqualTo(OK);
        assertThat(redis.exec("HMGET", "h", "a", "b", "c")).isEqualTo("*3\r\n" + bulk("1") + bulk("2") + NIL);
    }

    @Test
    void anOddFieldValueListIsAnArityErrorThatCreatesNothing() {
        assertThat(redis.exec("HSET", "h", "a", "1", "b")).isEqualTo(error("ERR wrong number of arguments for 'hset' command"));
        assertThat(redis.exec("HMSET", "h", "a", "1", "b")).isEqualTo(error("ERR wrong number of arguments for 'hmset' command"));
        assertThat(redis.exec("HSET", "h", "a")).isEqualTo(error("ERR wrong number of arguments for 'hset' command"));
        assertThat(redis.exec("EXISTS", "h")).isEqualTo(integer(0));
    }

    @Test
    void hsetnxWritesOnlyAbsentFields() {
        assertThat(redis.exec("HSETNX", "h", "a", "1")).isEqualTo(integer(1));
        assertThat(redis.exec("HSETNX", "h", "a", "2")).isEqualTo(integer(0));
        assertThat(redis.exec("HGET", "h", "a")).isEqualTo(bulk("1"));
    }

    @Test
    void hdelCountsRemovedFieldsAndDeletesTheEmptiedKey() {
        redis.exec("HSET", "h", "a", "1", "b", "2", "c", "3");
        assertThat(redis.exec("HDEL", "h", "a", "a", "nosuch")).isEqualTo(integer(1));
        assertThat(redis.exec("HKEYS", "h")).isEqualTo(array("b", "c"));
        assertThat(redis.exec("HDEL", "h", "b", "c", "b")).isEqualTo(integer(2));
        assertThat(redis.exec("EXISTS", "h")).isEqualTo(integer(0));
        assertThat(redis.exec("HDEL", "h", "a")).isEqualTo(integer(0));
    }

    @Test
    void aHashTableEmptiedByHdelTakesItsKeyWithIt() {
        redis.settings().hashMaxListpackEntries(1);
        redis.exec("HSET", "h", "a", "1", "b", "2");
        assertThat(redis.exec("OBJECT", "ENCODING", "h")).isEqualTo(bulk("hashtable"));
        assertThat(redis.exec("HDEL", "h", "b", "a")).isEqualTo(integer(2));
        assertThat(redis.exec("EXISTS", "h")).isEqualTo(integer(0));
    }

    @Test
    void writesToAnotherTypeAreRefusedAndChangeNothing() {
        redis.exec("SET", "s", "v");
        for (String[] command : new String[][] {{"HSET", "s", "f", "v"}, {"HMSET", "s", "f", "v"},
                {"HSETNX", "s", "f", "v"}, {"HDEL", "s", "f"}, {"HINCRBY", "s", "f", "1"},
                {"HINCRBYFLOAT", "s", "f", "1"}}) {
            assertThat(redis.exec(command)).as(String.join(" ", command)).isEqualTo(WRONG_TYPE);
        }
        assertThat(redis.exec("GET", "s")).isEqualTo(bulk("v"));
    }

    @Test
    void fieldsAndValuesAreBinarySafe() {
        String field = "\u0000\r\n\u00ff";
        String value = "\u00fe\u0000";
        assertThat(redis.exec("HSET", "h", field, value, "", "")).isEqualTo(integer(2));
        assertThat(redis.exec("HGET", "h", field)).isEqualTo(bulk(value));
        assertThat(redis.exec("HGET", "h", "")).isEqualTo(bulk(""));
        assertThat(redis.exec("HSTRLEN", "h", field)).isEqualTo(integer(2));
    }

    @Test
    void copyIsDeepInBothLayouts() {
        redis.exec("HSET", "small", "a", "1");
        redis.settings().hashMaxListpackEntries(2);
        redis.exec("HSET", "big", "a", "1", "b", "2", "c", "3");
        assertThat(redis.exec("COPY", "small", "small2")).isEqualTo(integer(1));
        assertThat(redis.exec("COPY", "big", "big2")).isEqualTo(integer(1));
        redis.exec("HSET", "small2", "a", "changed");
        redis.exec("HSET", "big2", "a", "changed", "d", "4");
        redis.exec("HDEL", "big2", "b");
        assertThat(redis.exec("HGETALL", "small")).isEqualTo(array("a", "1"));
        assertThat(redis.exec("HMGET", "big", "a", "b", "d")).isEqualTo("*3\r\n" + bulk("1") + bulk("2") + NIL);
        assertThat(redis.exec("HLEN", "big")).isEqualTo(integer(3));
        assertThat(redis.exec("HLEN", "big2")).isEqualTo(integer(3));
    }
}
