package dev.cinnabar.wire;

import dev.cinnabar.CinnabarApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Cinnabar started in-process on a free port, for tests that need their own settings (a small
 * maxclients, an idle timeout) or must stop the server themselves. Tests happy with the defaults share
 * one context through {@code @SpringBootTest(properties = "redis.port=0")} instead.
 */
public final class CinnabarServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private CinnabarServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts a server with {@code redis.port=0} and the given extra {@code name=value} properties, passed
     * as command-line arguments so that they win over application.yml.
     */
    public static CinnabarServer start(String... properties) {
        List<String> args = new ArrayList<>(List.of("--redis.port=0"));
        for (String property : properties) {
            args.add("--" + property);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CinnabarApplication.class)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
        return new CinnabarServer(context);
    }

    public int port() {
        return context.getEnvironment().getRequiredProperty("local.redis.port", Integer.class);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
