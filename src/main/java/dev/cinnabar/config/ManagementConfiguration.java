package dev.cinnabar.config;

import dev.cinnabar.command.BlockedClients;
import dev.cinnabar.command.ClientRegistry;
import dev.cinnabar.command.CommandTable;
import dev.cinnabar.command.Dispatcher;
import dev.cinnabar.command.ServerStats;
import dev.cinnabar.command.Settings;
import dev.cinnabar.keyspace.Db;
import dev.cinnabar.management.CinnabarInfoContributor;
import dev.cinnabar.management.CommandExecutorHealthIndicator;
import dev.cinnabar.management.CommandMetrics;
import dev.cinnabar.management.RedisMetrics;
import dev.cinnabar.management.RespListenerHealthIndicator;
import dev.cinnabar.server.RespServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Wires the management surface: the health indicators behind the liveness and readiness groups, the
 * meters and the per-command Prometheus collector, and the info contribution. Actuator itself is
 * configured under {@code management.*} in application.yml.
 */
@Configuration(proxyBeanMethods = false)
public class ManagementConfiguration {

    @Bean
    RespListenerHealthIndicator respListenerHealthIndicator() {
        return new RespListenerHealthIndicator();
    }

    @Bean
    CommandExecutorHealthIndicator commandExecutorHealthIndicator(Dispatcher dispatcher, ManagementProperties properties) {
        Validation.check(properties);
        return new CommandExecutorHealthIndicator(dispatcher, properties.maxCommandTime());
    }

    @Bean
    RedisMetrics redisMetrics(Db db, ServerStats stats, ClientRegistry clients, BlockedClients blocked, Clock clock) {
        return new RedisMetrics(db, stats, clients, blocked, clock);
    }

    /** Registered with Prometheus only when its export is on ({@code management.prometheus.metrics.export.enabled}). */
    @Bean
    CommandMetrics commandMetrics(CommandTable table, ObjectProvider<PrometheusRegistry> prometheus) {
        CommandMetrics metrics = new CommandMetrics(table);
        prometheus.ifAvailable(registry -> registry.register(metrics));
        return metrics;
    }

    @Bean
    CinnabarInfoContributor cinnabarInfoContributor(RespServer server, Settings settings) {
        return new CinnabarInfoContributor(server, settings);
    }
}
