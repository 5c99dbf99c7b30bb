package dev.cinnabar.command.server;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigCommandsTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    @Test
    void getByNameAndPattern() {
        assertThat(redis.exec("CONFIG", "GET", "timeout")).isEqualTo("*2\r\n$7\r\ntimeout\r\n$1\r\n0\r\n");
        assertThat(redis.exec("CONFIG", "GET", "TIMEOUT")).isEqualTo("*2\r\n$7\r\nTIMEOUT\r\n$1\r\n0\r\n");
        assertThat(redis.exec("CONFIG", "GET", "proto-*")).isEqualTo("*2\r\n$18\r\nproto-max-bulk-len\r\n$9\r\n536870912\r\n");
        assertThat(redis.exec("CONFIG", "GET", "save", "appendonly"))
                .isEqualTo("*4\r\n$4\r\nsave\r\n$0\r\n\r\n$10\r\nappendonly\r\n$2\r\nno\r\n");
        assertThat(redis.exec("CONFIG", "GET", "timeout", "time*")).isEqualTo("*2\r\n$7\r\ntimeout\r\n$1\r\n0\r\n");
        assertThat(redis.exec("CONFIG", "GET", "nosuch")).isEqualTo("*0\r\n");
        assertThat(redis.exec("CONFIG", "GET", "*")).startsWith("*48\r\n");
        assertThat(redis.exec("CONFIG", "GET", "hash-max-z*")).isEqualTo("*4\r\n$24\r\nhash-max-ziplist-entries\r\n$3\r\n512\r\n"
                + "$22\r\nhash-max-ziplist-value\r\n$2\r\n64\r\n");
        redis.exec("HELLO", "3");
        assertThat(redis.exec("CONFIG", "GET", "databases")).isEqualTo("%1\r\n$9\r\ndatabases\r\n$2\r\n16\r\n");
    }

    @Test
    void setChangesLiveSettings() {
        assertThat(redis.exec("CONFIG", "SET", "timeout", "30", "maxclients", "50")).isEqualTo("+OK\r\n");
        assertThat(redis.settings().timeout()).isEqualTo(30);
        assertThat(redis.settings().maxclients()).isEqualTo(50);
        assertThat(redis.exec("CONFIG", "SET", "proto-max-bulk-len", "2mb")).isEqualTo("+OK\r\n");
        assertThat(redis.settings().protoMaxBulkLen()).isEqualTo(2 * 1024 * 1024);
        assertThat(redis.exec("CONFIG", "SET", "proto-max-bulk-len", "2000k")).isEqualTo("+OK\r\n");
        assertThat(redis.settings().protoMaxBulkLen()).isEqualTo(2_000_000);
        assertThat(redis.exec("CONFIG", "SET", "requirepass", "pw")).isEqualTo("+OK\r\n");
        assertThat(redis.settings().requirepass()).isEqualTo("pw");
    }

    @Test
    void latencyTrackingIsAYesNoSetting() {
        assertThat(redis.exec("CONFIG", "SET", "latency-tracking", "no")).isEqualTo("+OK\r\n");
        assertThat(redis.settings().latencyTracking()).isFalse();
        assertThat(redis.exec("CONFIG", "GET", "latency-tracking"))
                .isEqualTo("*2\r\n$16\r\nlatency-tracking\r\n$2\r\nno\r\n");
        assertThat(redis.exec("CONFIG", "SET", "latency-tracking", "maybe")).isEqualTo("-ERR CONFIG SET failed "
                + "(possibly related to argument 'latency-tracking') - argument must be 'yes' or 'no'\r\n");
    }

    @Test
    void setIsAllOrNothing() {
        assertThat(redis.exec("CONFIG", "SET", "timeout", "5", "maxclients", "0")).isEqualTo("-ERR CONFIG SET failed "
                + "(possibly related to argument 'maxclients') - argument must be between 1 and 4294967295 inclusive\r\n");
        assertThat(redis.settings().timeout()).isZero();
    }

    @Test
    void setErrors() {
        assertThat(redis.exec("CONFIG", "SET", "foo", "bar"))
                .isEqualTo("-ERR Unknown option or number of arguments for CONFIG SET - 'foo'\r\n");
        assertThat(redis.exec("CONFIG", "SET", "timeout", "x", "foo", "1"))
                .isEqualTo("-ERR Unknown option or number of arguments for CONFIG SET - 'foo'\r\n");
        assertThat(redis.exec("CONFIG", "SET", "a", "b", "c")).isEqualTo("-ERR syntax error\r\n");
        assertThat(redis.exec("CONFIG", "SET", "timeout", "x")).isEqualTo("-ERR CONFIG SET failed "
                + "(possibly related to argument 'timeout') - argument couldn't be parsed into an integer\r\n");
        assertThat(redis.exec("CONFIG", "SET", "databases", "3")).isEqualTo("-ERR CONFIG SET failed "
                + "(possibly related to argument 'databases') - can't set immutable config\r\n");
        assertThat(redis.exec("CONFIG", "SET", "Timeout", "1", "timeout", "2")).isEqualTo("-ERR CONFIG SET failed "
                + "(possibly related to argument 'timeout') - duplicate parameter\r\n");
        assertThat(redis.exec("CONFIG", "SET", "proto-max-bulk-len", "1x")).isEqualTo("-ERR CONFIG SET failed "
                + "(possibly related to argument 'proto-max-bulk-len') - argument must be a memory value\r\n");
        assertThat(redis.exec("CONFIG", "SET", "proto-max-bulk-len", "10")).isEqualTo("-ERR CONFIG SET failed "
                + "(possibly related to argument 'proto-max-bulk-len') - argument must be between 1048576 and "
                + "9223372036854775807 inclusive\r\n");
    }

    @Test
    void resetStatZeroesCounters() {
        redis.exec("SET", "k", "v");
        redis.exec("GET", "k");
        redis.exec("GET", "missing");
        redis.exec("NOPE");
        assertThat(redis.stats().commandsProcessed()).isPositive();
        assertThat(redis.exec("CONFIG", "RESETSTAT")).isEqualTo("+OK\r\n");
        assertThat(redis.stats().errorReplies()).isZero();
        assertThat(redis.db().keyspaceHits()).isZero();
        assertThat(redis.db().keyspaceMisses()).isZero();
        String commandStats = redis.exec("INFO", "commandstats");
        assertThat(commandStats).doesNotContain("cmdstat_get").doesNotContain("cmdstat_set:");
        assertThat(redis.exec("INFO", "errorstats")).endsWith("# Errorstats\r\n\r\n");
    }

    @Test
    void rewriteAndHelp() {
        assertThat(redis.exec("CONFIG", "REWRITE")).isEqualTo("-ERR The server is running without a config file\r\n");
        assertThat(redis.exec("CONFIG", "HELP")).isEqualTo("*11\r\n"
                + "+CONFIG <subcommand> [<arg> [value] [opt] ...]. Subcommands are:\r\n"
                + "+GET <pattern>\r\n+    Return parameters matching the glob-like <pattern> and their values.\r\n"
                + "+SET <directive> <value>\r\n+    Set the configuration <directive> to <value>.\r\n"
                + "+RESETSTAT\r\n+    Reset statistics reported by the INFO command.\r\n"
                + "+REWRITE\r\n+    Rewrite the configuration file.\r\n"
                + "+HELP\r\n+    Prints this help.\r\n");
    }
}
