package dev.cinnabar.command.hash;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.RespText.EMPTY_ARRAY;
import static dev.cinnabar.command.RespText.NIL;
import static dev.cinnabar.command.RespText.WRONG_TYPE;
import static dev.cinnabar.command.RespText.array;
import static dev.cinnabar.command.RespText.bulk;
import static dev.cinnabar.command.RespText.bulks;
import static dev.cinnabar.command.RespText.integer;
import static org.assertj.core.api.Assertions.assertThat;

/** HGET, HMGET, HEXISTS, HLEN, HSTRLEN, HKEYS, HVALS and HGETALL, in RESP2 and RESP3. */
class HashReadCommandsTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void singleFieldReads() {
        redis.exec("HSET", "h", "a", "hello", "b", "");
        assertThat(redis.exec("HGET", "h", "a")).isEqualTo(bulk("hello"));
        assertThat(redis.exec("HGET", "h", "nosuch")).isEqualTo(NIL);
        assertThat(redis.exec("HGET", "nokey", "a")).isEqualTo(NIL);
        assertThat(redis.exec("HEXISTS", "h", "b")).isEqualTo(integer(1));
        assertThat(redis.exec("HEXISTS", "h", "c")).isEqualTo(integer(0));
        assertThat(redis.exec("HEXISTS", "nokey", "c")).isEqualTo(integer(0));
        assertThat(redis.exec("HSTRLEN", "h", "a")).isEqualTo(integer(5));
        assertThat(redis.exec("HSTRLEN", "h", "b")).isEqualTo(integer(0));
        assertThat(redis.exec("HSTRLEN", "h", "nosuch")).isEqualTo(integer(0));
        assertThat(redis.exec("HLEN", "h")).isEqualTo(integer(2));
        assertThat(redis.exec("HLEN", "nokey")).isEqualTo(integer(0));
    }

    @Test
    void hmgetAnswersEveryFieldInOrder() {
        redis.exec("HSET", "h", "a", "1", "b", "2");
        assertThat(redis.exec("HMGET", "h", "b", "x", "a", "b")).isEqualTo("*4\r\n" + bulk("2") + NIL + bulk("1") + bulk("2"));
        assertThat(redis.exec("HMGET", "nokey", "a", "b")).isEqualTo("*2\r\n" + NIL + NIL);
    }

    @Test
    void listingsFollowInsertionOrderInAListpack() {
        redis.exec("HSET", "h", "c", "3", "a", "1", "b", "2");
        redis.exec("HSET", "h", "c", "30");
        redis.exec("HDEL", "h", "a");
        redis.exec("HSET", "h", "a", "10");
        assertThat(redis.exec("HKEYS", "h")).isEqualTo(array("c", "b", "a"));
        assertThat(redis.exec("HVALS", "h")).isEqualTo(array("30", "2", "10"));
        assertThat(redis.exec("HGETALL", "h")).isEqualTo(array("c", "30", "b", "2", "a", "10"));
        assertThat(redis.exec("HKEYS", "nokey")).isEqualTo(EMPTY_ARRAY);
        assertThat(redis.exec("HVALS", "nokey")).isEqualTo(EMPTY_ARRAY);
        assertThat(redis.exec("HGETALL", "nokey")).isEqualTo(EMPTY_ARRAY);
    }

    @Test
    void listingsOfAHashTableHoldEveryPairOnce() {
        redis.settings().hashMaxListpackEntries(4);
        for (int i = 0; i < 100; i++) {
            redis.exec("HSET", "h", "f" + i, "v" + i);
        }
        assertThat(bulks(redis.exec("HKEYS", "h"))).hasSize(100).doesNotHaveDuplicates().allMatch(f -> f.startsWith("f"));
        var pairs = bulks(redis.exec("HGETALL", "h"));
        assertThat(pairs).hasSize(200);
        for (int i = 0; i < pairs.size(); i += 2) {
            assertThat(pairs.get(i + 1)).isEqualTo("v" + pairs.get(i).substring(1));
        }
        assertThat(bulks(redis.exec("HVALS", "h"))).containsExactlyElementsOf(
                pairs.stream().filter(s -> s.startsWith("v")).toList());
    }

    @Test
    void resp3RepliesWithAMapAndNulls() {
        redis.exec("HSET", "h", "a", "1", "b", "2");
        redis.exec("HELLO", "3");
        assertThat(redis.exec("HGETALL", "h")).isEqualTo("%2\r\n" + bulk("a") + bulk("1") + bulk("b") + bulk("2"));
        assertThat(redis.exec("HGETALL", "nokey")).isEqualTo("%0\r\n");
        assertThat(redis.exec("HKEYS", "h")).isEqualTo(array("a", "b"));
        assertThat(redis.exec("HGET", "h", "x")).isEqualTo("_\r\n");
        assertThat(redis.exec("HMGET", "h", "x", "a")).isEqualTo("*2\r\n_\r\n" + bulk("1"));
    }

    @Test
    void readsOfAnotherTypeAreRefused() {
        redis.exec("SET", "s", "v");
        for (String[] command : new String[][] {{"HGET", "s", "f"}, {"HMGET", "s", "f"}, {"HEXISTS", "s", "f"},
                {"HLEN", "s"}, {"HSTRLEN", "s", "f"}, {"HKEYS", "s"}, {"HVALS", "s"}, {"HGETALL", "s"},
                {"HRANDFIELD", "s"}, {"HSCAN", "s", "0"}}) {
            assertThat(redis.exec(command)).as(String.join(" ", command)).isEqualTo(WRONG_TYPE);
        }
    }
}
