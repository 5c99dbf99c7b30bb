package dev.cinnabar.management;

import dev.cinnabar.CinnabarApplication;
import dev.cinnabar.command.FakeClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import redis.clients.jedis.ClientSetInfoConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole application on free ports (RESP and management), on a {@link FakeClock}, with given
 * command-line arguments and environment variables; plus a Jedis client and an HTTP client for it.
 */
final class ManagedServer implements AutoCloseable {

    static final long START = 1_700_000_000_000L;

    private final FakeClock clock = new FakeClock(START);
    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();

    ManagedServer(Map<String, Object> environmentVariables, String... args) {
        List<String> all = new ArrayList<>(List.of("--redis.port=0", "--server.port=0"));
        all.addAll(List.of(args));
        StandardEnvironment environment = new StandardEnvironment();
        // Stands in for the process environment, read with the same relaxed rules (REDIS_TIMEOUT -> redis.timeout).
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environmentVariables));
        context = new SpringApplicationBuilder(CinnabarApplication.class)
                .environment(environment)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clock", clock))
                .run(all.toArray(String[]::new));
    }

    ManagedServer(String... args) {
        this(Map.of(), args);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    FakeClock clock() {
        return clock;
    }

    int redisPort() {
        return context.getEnvironment().getRequiredProperty("local.redis.port", Integer.class);
    }

    int managementPort() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** A Jedis connection that sends nothing of its own on connect, so the counters hold only the test's commands. */
    Jedis jedis() {
        return new Jedis(new HostAndPort("127.0.0.1", redisPort()),
                DefaultJedisClientConfig.builder().clientSetInfoConfig(ClientSetInfoConfig.DISABLED).build());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(managementPort(), path);
    }

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    Scrape scrape() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/actuator/prometheus");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("scrape answered " + response.statusCode() + ": " + response.body());
        }
        return Scrape.parse(response.body());
    }

    @Override
    public void close() {
        context.close();
    }
}
