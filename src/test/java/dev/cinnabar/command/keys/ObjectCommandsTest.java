package dev.cinnabar.command.keys;

import dev.cinnabar.command.CommandHarness;
import dev.cinnabar.keyspace.RawString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dev.cinnabar.command.keys.KeyTestSupport.NULL;
import static dev.cinnabar.command.keys.KeyTestSupport.bulk;
import static dev.cinnabar.command.keys.KeyTestSupport.error;
import static dev.cinnabar.command.keys.KeyTestSupport.integer;
import static org.assertj.core.api.Assertions.assertThat;

class ObjectCommandsTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    private String encodingOf(String value) {
        redis.exec("SET", "k", value);
        return redis.exec("OBJECT", "ENCODING", "k");
    }

    @Test
    void stringEncodings() {
        assertThat(encodingOf("12345")).isEqualTo(bulk("int"));
        assertThat(encodingOf("0")).isEqualTo(bulk("int"));
        assertThat(encodingOf("-1")).isEqualTo(bulk("int"));
        assertThat(encodingOf("-9223372036854775808")).isEqualTo(bulk("int"));
        assertThat(encodingOf("9223372036854775807")).isEqualTo(bulk("int"));
        assertThat(encodingOf("12345678901234567890")).isEqualTo(bulk("embstr"));
        assertThat(encodingOf("01")).isEqualTo(bulk("embstr"));
        assertThat(encodingOf("+1")).isEqualTo(bulk("embstr"));
        assertThat(encodingOf("-0")).isEqualTo(bulk("embstr"));
        assertThat(encodingOf("")).isEqualTo(bulk("embstr"));
        assertThat(encodingOf("x".repeat(44))).isEqualTo(bulk("embstr"));
        assertThat(encodingOf("x".repeat(45))).isEqualTo(bulk("raw"));
        redis.db().database(0).insert("grown".getBytes(StandardCharsets.UTF_8), new RawString("1".getBytes(), 4));
        assertThat(redis.exec("OBJECT", "ENCODING", "grown")).isEqualTo(bulk("raw"));
    }

    @Test
    void refcountReportsSharedSmallIntegers() {
        redis.exec("SET", "zero", "0");
        redis.exec("SET", "small", "9999");
        redis.exec("SET", "large", "10000");
        redis.exec("SET", "neg", "-1");
        redis.exec("SET", "word", "hello");
        redis.db().database(0).insert("grown".getBytes(StandardCharsets.UTF_8), new RawString("5".getBytes(), 4));
        assertThat(redis.exec("OBJECT", "REFCOUNT", "zero")).isEqualTo(integer(Integer.MAX_VALUE));
        assertThat(redis.exec("OBJECT", "REFCOUNT", "small")).isEqualTo(integer(Integer.MAX_VALUE));
        assertThat(redis.exec("OBJECT", "REFCOUNT", "large")).isEqualTo(integer(1));
        assertThat(redis.exec("OBJECT", "REFCOUNT", "neg")).isEqualTo(integer(1));
        assertThat(redis.exec("OBJECT", "REFCOUNT", "word")).isEqualTo(integer(1));
        assertThat(redis.exec("OBJECT", "REFCOUNT", "grown")).isEqualTo(integer(1));
    }

    @Test
    void idletimeCountsWholeSecondsSinceTheLastCommandThatUsedTheKey() {
        redis.exec("SET", "k", "v");
        assertThat(redis.exec("OBJECT", "IDLETIME", "k")).isEqualTo(integer(0));
        redis.clock().advance(2_500);
        assertThat(redis.exec("OBJECT", "IDLETIME", "k")).isEqualTo(integer(2));
        // Inspecting a key does not count as using it.
        redis.exec("TYPE", "k");
        redis.exec("TTL", "k");
        redis.exec("EXISTS", "k");
        redis.exec("OBJECT", "ENCODING", "k");
        redis.clock().advance(1_000);
        assertThat(redis.exec("OBJECT", "IDLETIME", "k")).isEqualTo(integer(3));
        redis.exec("GET", "k");
        assertThat(redis.exec("OBJECT", "IDLETIME", "k")).isEqualTo(integer(0));
        redis.clock().advance(60_000);
        redis.exec("EXPIRE", "k", "1000");
        assertThat(redis.exec("OBJECT", "IDLETIME", "k")).isEqualTo(integer(0));
        redis.clock().advance(60_000);
        redis.exec("RENAME", "k", "renamed");
        assertThat(redis.exec("OBJECT", "IDLETIME", "renamed")).isEqualTo(integer(0));
    }

    @Test
    void freqNeedsAnLfuPolicy() {
        redis.exec("SET", "k", "v");
        assertThat(redis.exec("OBJECT", "FREQ", "k")).isEqualTo(error("ERR An LFU maxmemory policy is not selected, "
                + "access frequency not tracked. Please note that when switching between policies at runtime LRU "
                + "and LFU data will take some time to adjust."));
        assertThat(redis.exec("OBJECT", "FREQ", "nokey")).isEqualTo(NULL);
    }

    @Test
    void absentKeysReplyNull() {
        for (String sub : new String[] {"ENCODING", "IDLETIME", "REFCOUNT", "FREQ"}) {
            assertThat(redis.exec("OBJECT", sub, "nokey")).isEqualTo(NULL);
        }
        redis.exec("SET", "k", "v", "PX", "1");
        redis.clock().advance(2);
        assertThat(redis.exec("OBJECT", "ENCODING", "k")).isEqualTo(NULL);
    }

    @Test
    void helpAndErrors() {
        String help = redis.exec("OBJECT", "HELP");
        assertThat(help).startsWith("*15\r\n+OBJECT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:\r\n"
                + "+ENCODING <key>\r\n");
        assertThat(help).endsWith("+HELP\r\n+    Prints this help.\r\n");
        assertThat(redis.exec("object", "help")).isEqualTo(help);
        assertThat(redis.exec("OBJECT")).isEqualTo(error("ERR wrong number of arguments for 'object' command"));
        assertThat(redis.exec("OBJECT", "foo")).isEqualTo(error("ERR unknown subcommand 'foo'. Try OBJECT HELP."));
        assertThat(redis.exec("OBJECT", "HELP", "x"))
                .isEqualTo(error("ERR wrong number of arguments for 'object|help' command"));
        assertThat(redis.exec("OBJECT", "ENCODING"))
                .isEqualTo(error("ERR wrong number of arguments for 'object|encoding' command"));
        assertThat(redis.exec("OBJECT", "IDLETIME", "a", "b"))
                .isEqualTo(error("ERR wrong number of arguments for 'object|idletime' command"));
    }
}
