package dev.cinnabar.command.server;

import dev.cinnabar.command.CommandHarness;
import dev.cinnabar.command.ConfigFileTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigRewriteTest {

    @TempDir
    Path dir;

    private String rewrite(Path file, String... set) {
        try (CommandHarness redis = new CommandHarness(new ConfigFileTarget(file))) {
            String[] args = new String[set.length + 2];
            args[0] = "CONFIG";
            args[1] = "SET";
            System.arraycopy(set, 0, args, 2, set.length);
            if (set.length > 0) {
                assertThat(redis.exec(args)).isEqualTo("+OK\r\n");
            }
            return redis.exec("CONFIG", "REWRITE");
        }
    }

    @Test
    void yamlKeepsCommentsAndRewritesTheRedisBlockInPlace() throws IOException {
        Path file = dir.resolve("application.yml");
        Files.writeString(file, """
                # operator's notes
                redis:
                  # most clients
                  maxclients: 10000 # was the default
                  port: 7000
                # the management side
                server:
                  port: 0
                """);
        assertThat(rewrite(file, "maxclients", "123", "requirepass", "s3cr\"t")).isEqualTo("+OK\r\n");
        assertThat(Files.readString(file)).isEqualTo("""
                # operator's notes
                redis:
                  # most clients
                  maxclients: 123 # was the default
                  port: 7000
                  requirepass: "s3cr\\"t"
                  timeout: 0
                  proto-max-bulk-len: 536870912
                  latency-tracking: "yes"
                  hash-max-listpack-entries: 512
                  hash-max-listpack-value: 64
                  list-max-listpack-size: \"-2\"
                  set-max-intset-entries: 512
                  zset-max-listpack-entries: 128
                  zset-max-listpack-value: 64
                # the management side
                server:
                  port: 0
                """);
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void yamlWithoutARedisBlockGetsOne() throws IOException {
        Path file = dir.resolve("extra.yaml");
        Files.writeString(file, "server:\n  port: 0\n");
        assertThat(rewrite(file, "timeout", "30")).isEqualTo("+OK\r\n");
        assertThat(Files.readString(file)).isEqualTo("server:\n  port: 0\n\nredis:\n  requirepass: \"\"\n"
                + "  maxclients: 10000\n  timeout: 30\n  proto-max-bulk-len: 536870912\n  latency-tracking: \"yes\"\n"
                + "  hash-max-listpack-entries: 512\n  hash-max-listpack-value: 64\n  list-max-listpack-size: \"-2\"\n"
                + "  set-max-intset-entries: 512\n  zset-max-listpack-entries: 128\n  zset-max-listpack-value: 64\n");
    }

    @Test
    void propertiesReplaceAndAppend() throws IOException {
        Path file = dir.resolve("cinnabar.properties");
        Files.writeString(file, "# notes\nredis.maxclients = 10\nredis.port=7000\n");
        assertThat(rewrite(file, "maxclients", "123", "latency-tracking", "no", "requirepass", "a\\b")).isEqualTo("+OK\r\n");
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).isEqualTo("# notes\nredis.maxclients=123\n"
                + "redis.port=7000\nredis.requirepass=a\\\\b\nredis.timeout=0\nredis.proto-max-bulk-len=536870912\n"
                + "redis.latency-tracking=no\nredis.hash-max-listpack-entries=512\nredis.hash-max-listpack-value=64\n"
                + "redis.list-max-listpack-size=-2\nredis.set-max-intset-entries=512\nredis.zset-max-listpack-entries=128\n"
                + "redis.zset-max-listpack-value=64\n");
    }

    @Test
    void withoutAFileRedisRefuses() {
        try (CommandHarness redis = new CommandHarness()) {
            assertThat(redis.exec("CONFIG", "REWRITE")).isEqualTo("-ERR The server is running without a config file\r\n");
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedAsRedisDoes() {
        Path gone = dir.resolve("missing/application.yml");
        assertThat(rewrite(gone)).isEqualTo("-ERR Rewriting config file: No such file or directory\r\n");
    }
}
