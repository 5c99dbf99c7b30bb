package dev.cinnabar.command.list;

import dev.cinnabar.command.CommandHarness;
import dev.cinnabar.keyspace.Entry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The list commands through the dispatcher, and the layout they leave behind. */
class ListCommandsTest {

    private static final String WRONG_TYPE = "-WRONGTYPE Operation against a key holding the wrong kind of value\r\n";

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void pushesReplyWithTheLengthAndKeepOrder() {
        assertThat(redis.exec("RPUSH", "l", "b", "c")).isEqualTo(":2\r\n");
        assertThat(redis.exec("LPUSH", "l", "a", "z")).isEqualTo(":4\r\n");
        assertThat(redis.exec("LRANGE", "l", "0", "-1")).isEqualTo(array("z", "a", "b", "c"));
        assertThat(redis.exec("LPUSHX", "none", "a")).isEqualTo(":0\r\n");
        assertThat(redis.exec("EXISTS", "none")).isEqualTo(":0\r\n");
        assertThat(redis.exec("TYPE", "l")).isEqualTo("+list\r\n");
        assertThat(redis.exec("OBJECT", "ENCODING", "l")).isEqualTo("$9\r\nquicklist\r\n");
    }

    @Test
    void popsWithAndWithoutCount() {
        redis.exec("RPUSH", "l", "a", "b", "c", "d");
        assertThat(redis.exec("RPOP", "l", "2")).isEqualTo(array("d", "c"));
        assertThat(redis.exec("LPOP", "l", "0")).isEqualTo("*0\r\n");
        assertThat(redis.exec("LPOP", "l")).isEqualTo("$1\r\na\r\n");
        assertThat(redis.exec("LPOP", "l", "5")).isEqualTo(array("b"));
        assertThat(redis.exec("EXISTS", "l")).isEqualTo(":0\r\n");
        assertThat(redis.exec("LPOP", "l")).isEqualTo("$-1\r\n");
        assertThat(redis.exec("LPOP", "l", "1")).isEqualTo("*-1\r\n");
        assertThat(redis.exec("LPOP", "l", "-1")).isEqualTo("-ERR value is out of range, must be positive\r\n");
        assertThat(redis.exec("LPOP", "l", "1", "2")).isEqualTo("-ERR wrong number of arguments for 'lpop' command\r\n");
    }

    @Test
    void wrongTypeLeavesEverythingAlone() {
        redis.exec("SET", "s", "v");
        redis.exec("RPUSH", "l", "a");
        assertThat(redis.exec("RPUSH", "s", "a")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("LMOVE", "l", "s", "LEFT", "RIGHT")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("RPOPLPUSH", "l", "s")).isEqualTo(WRONG_TYPE);
        assertThat(redis.exec("LRANGE", "l", "0", "-1")).isEqualTo(array("a"));
        assertThat(redis.exec("GET", "s")).isEqualTo("$1\r\nv\r\n");
    }

    @Test
    void movingTheOnlyElementOfAListOntoItselfKeepsTheKey() {
        redis.exec("RPUSH", "l", "x");
        assertThat(redis.exec("LMOVE", "l", "l", "LEFT", "RIGHT")).isEqualTo("$1\r\nx\r\n");
        assertThat(redis.exec("LRANGE", "l", "0", "-1")).isEqualTo(array("x"));
    }

    @Test
    void newListsTakeTheNodeSizeInForceWhenTheyAreMade() {
        redis.exec("CONFIG", "SET", "list-max-listpack-size", "4");
        push("small", 40);
        redis.exec("CONFIG", "SET", "list-max-listpack-size", "-2");
        push("large", 40);
        push("small", 40);
        assertThat(nodes("small")).isEqualTo(20);
        assertThat(nodes("large")).isEqualTo(1);
        assertThat(redis.exec("LINDEX", "small", "77")).isEqualTo("$3\r\ne37\r\n");
    }

    @Test
    void byteBoundedNodesHoldAboutTheirBudget() {
        redis.exec("CONFIG", "SET", "list-max-listpack-size", "-1");
        String value = "x".repeat(100);
        List<String> args = new ArrayList<>(List.of("RPUSH", "l"));
        for (int i = 0; i < 1000; i++) {
            args.add(value);
        }
        redis.exec(args.toArray(String[]::new));
        // 102 bytes per element: 40 to a 4 KB node.
        assertThat(nodes("l")).isEqualTo(25);
    }

    @Test
    void copiesShareNoNodes() {
        push("l", 30);
        redis.exec("COPY", "l", "c");
        redis.exec("LSET", "c", "0", "changed");
        redis.exec("RPOP", "c", "10");
        assertThat(redis.exec("LINDEX", "l", "0")).isEqualTo("$2\r\ne0\r\n");
        assertThat(redis.exec("LLEN", "l")).isEqualTo(":30\r\n");
        assertThat(redis.exec("LLEN", "c")).isEqualTo(":20\r\n");
    }

    @Test
    void emptiedListsLoseTheirKey() {
        for (String[] command : new String[][] {
                {"LREM", "l", "0", "a"}, {"LTRIM", "l", "1", "0"}, {"RPOP", "l", "3"},
                {"LMPOP", "1", "l", "LEFT", "COUNT", "9"}, {"RPOPLPUSH", "l", "other"}}) {
            redis.exec("DEL", "l");
            redis.exec("RPUSH", "l", "a");
            redis.exec(command);
            assertThat(redis.exec("EXISTS", "l")).as(String.join(" ", command)).isEqualTo(":0\r\n");
        }
    }

    private void push(String key, int count) {
        for (int i = 0; i < count; i++) {
            redis.exec("RPUSH", key, "e" + i);
        }
    }

    private int nodes(String key) {
        Entry entry = redis.db().database(0).lookup(key.getBytes(StandardCharsets.UTF_8), redis.clock().millis());
        int nodes = 0;
        for (PackedNode node = ((QuickList) entry.value()).firstNode(); node != null; node = node.next) {
            nodes++;
        }
        return nodes;
    }

    private static String array(String... elements) {
        StringBuilder reply = new StringBuilder("*").append(elements.length).append("\r\n");
        for (String element : elements) {
            reply.append('$').append(element.length()).append("\r\n").append(element).append("\r\n");
        }
        return reply.toString();
    }
}
