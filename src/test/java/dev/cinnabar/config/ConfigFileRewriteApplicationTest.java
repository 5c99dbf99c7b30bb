package dev.cinnabar.config;

import dev.cinnabar.CinnabarApplication;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigFileRewriteApplicationTest {

    @TempDir
    Path dir;

    @Test
    void configRewriteWritesTheAdditionalLocationFile() throws IOException {
        Path file = dir.resolve("cinnabar.yml");
        Files.writeString(file, "# mounted settings\nredis:\n  maxclients: 77\n");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CinnabarApplication.class)
                .web(WebApplicationType.NONE)
                .run("--redis.port=0", "--server.port=0", "--spring.config.additional-location=file:" + file)) {
            int port = context.getEnvironment().getRequiredProperty("local.redis.port", Integer.class);
            RedisClient client = RedisClient.create("redis://127.0.0.1:" + port);
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                assertThat(connection.sync().configGet("maxclients")).containsEntry("maxclients", "77");
                assertThat(connection.sync().configSet("maxclients", "123")).isEqualTo("OK");
                assertThat(connection.sync().configRewrite()).isEqualTo("OK");
            } finally {
                client.shutdown();
            }
        }
        assertThat(Files.readString(file)).startsWith("# mounted settings\nredis:\n  maxclients: 123\n");
    }

    @Test
    void locationsResolveFilesAndDirectories() throws IOException {
        Path yml = Files.writeString(dir.resolve("application.yml"), "redis:\n");
        MockEnvironment environment = new MockEnvironment();
        assertThat(ConfigFileLocator.locate(environment).present()).isFalse();
        environment.setProperty("spring.config.additional-location", "optional:classpath:/x/, optional:file:" + dir + "/");
        assertThat(ConfigFileLocator.locate(environment).file()).isEqualTo(yml);
        environment.setProperty("spring.config.additional-location", dir.resolve("none.yml").toString());
        assertThat(ConfigFileLocator.locate(environment).present()).isFalse();
    }
}
