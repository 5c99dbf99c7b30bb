package dev.cinnabar.command.hash;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.RespText.NIL;
import static dev.cinnabar.command.RespText.OK;
import static dev.cinnabar.command.RespText.array;
import static dev.cinnabar.command.RespText.bulk;
import static dev.cinnabar.command.RespText.integer;
import static org.assertj.core.api.Assertions.assertThat;

/** When a hash leaves the listpack layout for a hash table, as Redis 7.0 decides it. */
class HashEncodingTest {

    private static final String LISTPACK = bulk("listpack");
    private static final String HASHTABLE = bulk("hashtable");

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    private String encoding(String key) {
        return redis.exec("OBJECT", "ENCODING", key);
    }

    @Test
    void moreFieldsThanTheLimitMakeATable() {
        redis.settings().hashMaxListpackEntries(3);
        redis.exec("HSET", "h", "a", "1", "b", "2", "c", "3");
        assertThat(encoding("h")).isEqualTo(LISTPACK);
        redis.exec("HSET", "h", "d", "4");
        assertThat(encoding("h")).isEqualTo(HASHTABLE);
        assertThat(redis.exec("HMGET", "h", "a", "b", "c", "d")).isEqualTo(array("1", "2", "3", "4"));
    }

    @Test
    void aFieldOrValueLongerThanTheLimitMakesATable() {
        redis.settings().hashMaxListpackValue(3);
        redis.exec("HSET", "v", "a", "abc");
        assertThat(encoding("v")).isEqualTo(LISTPACK);
        redis.exec("HSET", "v", "a", "abcd");
        assertThat(encoding("v")).isEqualTo(HASHTABLE);
        redis.exec("HSET", "f", "abcd", "1");
        assertThat(encoding("f")).isEqualTo(HASHTABLE);
        redis.exec("HINCRBY", "i", "abcd", "1");
        assertThat(encoding("i")).isEqualTo(HASHTABLE);
        redis.exec("HINCRBYFLOAT", "n", "x", "1000");
        assertThat(encoding("n")).isEqualTo(HASHTABLE);
    }

    @Test
    void theLimitsAreReadAtEachWriteEvenForAnUpdate() {
        redis.exec("HSET", "h", "a", "1", "b", "2", "c", "3");
        redis.settings().hashMaxListpackEntries(1);
        assertThat(redis.exec("HGET", "h", "a")).isEqualTo(bulk("1"));
        assertThat(encoding("h")).isEqualTo(LISTPACK);
        redis.exec("HSET", "h", "a", "5");
        assertThat(encoding("h")).isEqualTo(HASHTABLE);
    }

    @Test
    void readsAndFailedWritesDoNotConvert() {
        redis.settings().hashMaxListpackValue(3);
        redis.exec("HSET", "h", "a", "1");
        redis.exec("HGET", "h", "abcdef");
        redis.exec("HSETNX", "h", "a", "abcdef");
        redis.exec("HDEL", "h", "abcdef");
        assertThat(encoding("h")).isEqualTo(LISTPACK);
    }

    @Test
    void aTableStaysATableWhenItShrinks() {
        redis.settings().hashMaxListpackEntries(2);
        redis.exec("HSET", "h", "a", "1", "b", "2", "c", "3");
        redis.exec("HDEL", "h", "a", "b");
        assertThat(encoding("h")).isEqualTo(HASHTABLE);
        redis.settings().hashMaxListpackEntries(512);
        redis.exec("HSET", "h", "d", "4");
        assertThat(encoding("h")).isEqualTo(HASHTABLE);
    }

    @Test
    void configSetChangesTheLimits() {
        assertThat(redis.exec("CONFIG", "SET", "hash-max-listpack-entries", "1")).isEqualTo(OK);
        redis.exec("HSET", "h", "a", "1", "b", "2");
        assertThat(encoding("h")).isEqualTo(HASHTABLE);
        assertThat(redis.exec("CONFIG", "SET", "hash-max-ziplist-entries", "0")).isEqualTo(OK);
        redis.exec("HSETNX", "z", "a", "1");
        assertThat(encoding("z")).isEqualTo(HASHTABLE);
    }

    @Test
    void aTableKeepsEveryPairThroughGrowthAndRemoval() {
        redis.settings().hashMaxListpackEntries(8);
        for (int i = 0; i < 5000; i++) {
            redis.exec("HSET", "h", "f" + i, "v" + i);
        }
        for (int i = 0; i < 5000; i += 2) {
            assertThat(redis.exec("HDEL", "h", "f" + i)).isEqualTo(integer(1));
        }
        assertThat(redis.exec("HLEN", "h")).isEqualTo(integer(2500));
        for (int i = 0; i < 5000; i++) {
            assertThat(redis.exec("HGET", "h", "f" + i)).isEqualTo(i % 2 == 0 ? NIL : bulk("v" + i));
        }
    }
}
