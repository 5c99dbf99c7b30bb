package dev.cinnabar.management;

import dev.cinnabar.command.BlockedClients;
import dev.cinnabar.command.ClientRegistry;
import dev.cinnabar.command.ServerStats;
import dev.cinnabar.keyspace.Db;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;

import java.time.Clock;
import java.util.function.ToDoubleFunction;

/**
 * The server-wide figures of INFO as Micrometer meters, named so that Prometheus sees
 * {@code redis_exporter}'s names ({@code redis.keyspace.hits} becomes {@code redis_keyspace_hits_total}).
 * Every meter reads the counter INFO reads when it is scraped; nothing is counted twice.
 */
public final class RedisMetrics implements MeterBinder {

    private final Db db;
    private final ServerStats stats;
    private final ClientRegistry clients;
    private final BlockedClients blocked;
    private final Clock clock;

    public RedisMetrics(Db db, ServerStats stats, ClientRegistry clients, BlockedClients blocked, Clock clock) {
        this.blocked = blocked;
        this.db = db;
        this.stats = stats;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (int i = 0; i < db.count(); i++) {
            int index = i;
            // Looked up by index at each scrape: SWAPDB exchanges the databases behind the numbers.
            Gauge.builder("redis.db.keys", db, d -> d.database(index).size())
                    .tag("db", "db" + i).description("Keys in the database").register(registry);
            Gauge.builder("redis.db.keys.expiring", db, d -> d.database(index).expiringCount())
                    .tag("db", "db" + i).description("Keys with a time to live in the database").register(registry);
        }
        gauge(registry, "redis.connected.clients", "Client connections open", s -> clients.size());
        gauge(registry, "redis.blocked.clients", "Clients waiting in a blocking command", s -> blocked.count());
        // There is no maxmemory eviction, so this is zero, as INFO says too.
        counter(registry, "redis.evicted.keys", "Keys evicted to stay under maxmemory", s -> 0);
        Gauge.builder("redis.memory.used", stats, ServerStats::usedMemory).baseUnit(BaseUnits.BYTES)
                .description("Heap in use, the JVM's nearest to used_memory").register(registry);
        gauge(registry, "redis.uptime.in.seconds", "Seconds since the server started",
                s -> (clock.millis() - s.startedAt()) / 1000);

        counter(registry, "redis.connections.received", "Connections accepted", ServerStats::connectionsReceived);
        counter(registry, "redis.rejected.connections", "Connections refused for maxclients",
                ServerStats::rejectedConnections);
        counter(registry, "redis.commands.processed", "Commands processed", ServerStats::commandsProcessed);
        counter(registry, "redis.keyspace.hits", "Successful key lookups", s -> db.keyspaceHits());
        counter(registry, "redis.keyspace.misses", "Failed key lookups", s -> db.keyspaceMisses());
        counter(registry, "redis.expired.keys", "Keys deleted because their time to live passed", s -> db.expiredKeys());
        FunctionCounter.builder("redis.net.input", stats, ServerStats::netInputBytes).baseUnit(BaseUnits.BYTES)
                .description("Bytes read from clients").register(registry);
        FunctionCounter.builder("redis.net.output", stats, ServerStats::netOutputBytes).baseUnit(BaseUnits.BYTES)
                .description("Bytes written to clients").register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<ServerStats> value) {
        Gauge.builder(name, stats, value).description(description).register(registry);
    }

    private void counter(MeterRegistry registry, String name, String description, ToDoubleFunction<ServerStats> value) {
        FunctionCounter.builder(name, stats, value).description(description).register(registry);
    }
}
