package dev.cinnabar.config;

import dev.cinnabar.command.BlockedClients;
import dev.cinnabar.command.ClientRegistry;
import dev.cinnabar.command.Command;
import dev.cinnabar.command.CommandTable;
import dev.cinnabar.command.ConfigFileTarget;
import dev.cinnabar.command.Dispatcher;
import dev.cinnabar.command.ServerStats;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.WatchedKeys;
import dev.cinnabar.keyspace.Db;
import dev.cinnabar.keyspace.ExpiryReaper;
import dev.cinnabar.keyspace.TableResizer;
import dev.cinnabar.keyspace.WallClock;
import dev.cinnabar.server.RespServer;
import dev.cinnabar.server.RespServerStartedEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Wires the server: settings from {@link RedisProperties}, the keyspace, the command table and the listener. */
@Configuration(proxyBeanMethods = false)
public class CinnabarConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return new WallClock();
    }

    @Bean
    Settings settings(RedisProperties properties) {
        Validation.check(properties);
        Settings settings = new Settings(properties.port(), properties.bind(), properties.databases(), properties.requirepass(),
                properties.maxclients(), properties.timeout(), properties.protoMaxBulkLen().toBytes());
        settings.latencyTracking(properties.latencyTracking());
        settings.hashMaxListpackEntries(properties.hashMaxListpackEntries());
        settings.hashMaxListpackValue(properties.hashMaxListpackValue());
        settings.listMaxListpackSize(properties.listMaxListpackSize());
        settings.setMaxIntsetEntries(properties.setMaxIntsetEntries());
        settings.zsetMaxListpackEntries(properties.zsetMaxListpackEntries());
        settings.zsetMaxListpackValue(properties.zsetMaxListpackValue());
        return settings;
    }

    /** The file CONFIG REWRITE writes to, decided once from the locations Spring was told to read. */
    @Bean
    ConfigFileTarget configFileTarget(Environment environment) {
        return ConfigFileLocator.locate(environment);
    }

    @Bean
    Db db(Settings settings, Clock clock) {
        return new Db(settings.databases(), clock);
    }

    @Bean
    ThreadPoolTaskScheduler expiryScheduler(Clock clock) {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        // The reaper asks to wake at a key's deadline on the keyspace's clock; a scheduler on another clock
        // could wake it when that clock has not reached the deadline yet, and it would find nothing due.
        scheduler.setClock(clock);
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("expiry-");
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }

    @Bean
    ExpiryReaper expiryReaper(Db db, ThreadPoolTaskScheduler expiryScheduler) {
        return new ExpiryReaper(db, expiryScheduler);
    }

    @Bean
    TableResizer tableResizer(Db db, ThreadPoolTaskScheduler expiryScheduler) {
        return new TableResizer(db, expiryScheduler);
    }

    @Bean
    ServerStats serverStats(Clock clock) {
        return new ServerStats(clock.millis());
    }

    @Bean
    ClientRegistry clientRegistry() {
        return new ClientRegistry();
    }

    @Bean
    CommandTable commandTable(List<Command> commands) {
        return new CommandTable(commands);
    }

    @Bean
    BlockedClients blockedClients(Db db) {
        return new BlockedClients(db);
    }

    @Bean
    WatchedKeys watchedKeys(Db db) {
        return new WatchedKeys(db);
    }

    @Bean
    Dispatcher dispatcher(CommandTable table, Settings settings, ServerStats stats, BlockedClients blocked,
                          WatchedKeys watched) {
        return new Dispatcher(table, settings, stats, blocked, watched);
    }

    @Bean
    RespServer respServer(RedisProperties properties, Settings settings, Dispatcher dispatcher, Db db, ServerStats stats, ClientRegistry registry,
                          ApplicationEventPublisher events) {
        return new RespServer(settings, properties.ioThreads(), properties.warmupConnections(), dispatcher, db, stats, registry, events);
    }

    /** Exposes the bound port as {@code local.redis.port}, as Boot does with {@code local.server.port}. */
    @Bean
    ApplicationListener<RespServerStartedEvent> localPortPublisher(ConfigurableEnvironment environment) {
        return event -> environment.getPropertySources()
                .addFirst(new MapPropertySource("cinnabar.local", Map.of("local.redis.port", event.port())));
    }
}
