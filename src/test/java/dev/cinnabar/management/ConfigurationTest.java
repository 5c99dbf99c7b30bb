package dev.cinnabar.management;

import dev.cinnabar.command.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import redis.clients.jedis.Jedis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One live value, whichever way it is given: a YAML file, an environment variable, or a change at run
 * time on {@link Settings} (which CONFIG SET makes); and a bad value stops start-up with one clear line.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationTest {

    @Test
    void yamlFileSetsTheLiveValue(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("application.yml"), """
                redis:
                  timeout: 7
                  latency-tracking: no
                """);
        try (ManagedServer server = new ManagedServer("--spring.config.additional-location=file:" + dir + "/")) {
            Settings settings = server.bean(Settings.class);
            assertThat(settings.timeout()).isEqualTo(7);
            assertThat(settings.latencyTracking()).isFalse();
        }
    }

    @Test
    void environmentVariableSetsTheLiveValue() throws Exception {
        try (ManagedServer server = new ManagedServer(Map.of("REDIS_TIMEOUT", "9", "REDIS_MAXCLIENTS", "5"))) {
            Settings settings = server.bean(Settings.class);
            assertThat(settings.timeout()).isEqualTo(9);
            assertThat(settings.maxclients()).isEqualTo(5);
        }
    }

    @Test
    void changesAtRunTimeTakeEffectAndShowInTheMetrics() throws Exception {
        try (ManagedServer server = new ManagedServer(Map.of("REDIS_LATENCY_TRACKING", "yes"));
             Jedis first = server.jedis()) {
            Settings settings = server.bean(Settings.class);
            first.set("k", "v");

            settings.latencyTracking(false);
            first.set("k", "w");
            Scrape untracked = server.scrape();
            assertThat(untracked.value("redis_commands_total", "cmd=\"set\"")).isEqualTo(2.0);
            assertThat(untracked.value("redis_commands_duration_seconds_count", "cmd=\"set\"")).isEqualTo(1.0);

            settings.maxclients(1);
            try (Jedis second = server.jedis()) {
                assertThatThrownBy(second::ping).hasMessageContaining("max number of clients reached");
            }
            assertThat(server.scrape().value("redis_rejected_connections_total")).isEqualTo(1.0);
        }
    }

    @Test
    void anOutOfRangeValueStopsStartUpWithOneLine(CapturedOutput output) {
        assertThatThrownBy(() -> new ManagedServer("--redis.databases=0")).isNotNull();
        assertThat(output.getOut()).contains("Invalid value '0' for redis.databases: expected an integer of at least 1");
        assertThat(output.getAll()).doesNotContain("\tat dev.cinnabar");
    }

    @Test
    void aNegativeWarmUpCountStopsStartUp(CapturedOutput output) {
        assertThatThrownBy(() -> new ManagedServer("--redis.warmup-connections=-1")).isNotNull();
        assertThat(output.getOut()).contains(
                "Invalid value '-1' for redis.warmup-connections: expected 0 (none) or a number of connections up to 100000");
    }

    @Test
    void aValueOfTheWrongTypeStopsStartUpWithOneLine(CapturedOutput output) {
        assertThatThrownBy(() -> new ManagedServer(Map.of("REDIS_LATENCY_TRACKING", "sometimes"))).isNotNull();
        assertThat(output.getOut()).contains("Invalid value 'sometimes' for redis.latency-tracking: expected yes or no");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }

    @Test
    void aBadManagementValueStopsStartUpWithOneLine(CapturedOutput output) {
        assertThatThrownBy(() -> new ManagedServer("--cinnabar.management.max-command-time=0s")).isNotNull();
        assertThat(output.getOut())
                .contains("Invalid value '0ms' for cinnabar.management.max-command-time: expected a positive duration such as 30s");
    }
}
