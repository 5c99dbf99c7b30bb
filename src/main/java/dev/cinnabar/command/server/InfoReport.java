package dev.cinnabar.command.server;

import dev.cinnabar.command.BlockedClients;
import dev.cinnabar.command.ClientRegistry;
import dev.cinnabar.command.CommandStats;
import dev.cinnabar.command.CommandTable;
import dev.cinnabar.command.Compatibility;
import dev.cinnabar.command.ServerStats;
import dev.cinnabar.command.Settings;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Db;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;

/**
 * The text of INFO: sections in Redis's order and format ({@code # Name} then {@code field:value}
 * lines, sections separated by a blank line), with the fields Cinnabar can state truthfully.
 */
@Component
final class InfoReport {

    /** The sections INFO prints with no argument or {@code default}. */
    static final List<String> DEFAULT = List.of("server", "clients", "memory", "persistence", "stats",
            "replication", "modules", "errorstats", "cluster", "keyspace");

    private final Map<String, BiConsumer<Section, Long>> sections = new LinkedHashMap<>();
    private final Settings settings;
    private final ServerStats stats;
    private final ClientRegistry clients;
    private final BlockedClients blocked;
    private final Db db;
    private final ObjectProvider<CommandTable> table;
    private final String version;
    private final String runId;

    InfoReport(Settings settings, ServerStats stats, ClientRegistry clients, BlockedClients blocked, Db db,
               ObjectProvider<CommandTable> table, ObjectProvider<BuildProperties> build) {
        this.settings = settings;
        this.stats = stats;
        this.clients = clients;
        this.blocked = blocked;
        this.db = db;
        this.table = table;
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "unknown" : properties.getVersion();
        byte[] id = new byte[20];
        ThreadLocalRandom.current().nextBytes(id);
        this.runId = HexFormat.of().formatHex(id);
        sections.put("server", this::server);
        sections.put("clients", (s, now) -> clients(s));
        sections.put("memory", (s, now) -> memory(s));
        sections.put("persistence", (s, now) -> persistence(s));
        sections.put("stats", (s, now) -> stats(s));
        sections.put("replication", (s, now) -> replication(s));
        sections.put("modules", (s, now) -> { });
        sections.put("commandstats", (s, now) -> commandStats(s));
        sections.put("errorstats", (s, now) -> errorStats(s));
        sections.put("cluster", (s, now) -> s.field("cluster_enabled", 0));
        sections.put("keyspace", this::keyspace);
    }

    /** Every section name INFO knows, in output order. */
    Set<String> all() {
        return sections.keySet();
    }

    /** The report of the wanted sections (lower-case names), in Redis's order whatever the order asked. */
    String render(Set<String> wanted, long now) {
        StringBuilder text = new StringBuilder();
        sections.forEach((name, writer) -> {
            if (wanted.contains(name)) {
                if (!text.isEmpty()) {
                    text.append("\r\n");
                }
                text.append("# ").append(Character.toUpperCase(name.charAt(0))).append(name.substring(1)).append("\r\n");
                writer.accept(new Section(text), now);
            }
        });
        return text.toString();
    }

    private void server(Section s, long now) {
        long uptime = (now - stats.startedAt()) / 1000;
        s.field("redis_version", Compatibility.REDIS_VERSION);
        s.field("cinnabar_version", version);
        s.field("redis_mode", "standalone");
        s.field("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        s.field("arch_bits", System.getProperty("sun.arch.data.model", "64"));
        s.field("java_version", System.getProperty("java.version"));
        s.field("process_id", ProcessHandle.current().pid());
        s.field("run_id", runId);
        s.field("tcp_port", settings.port());
        s.field("server_time_usec", now * 1000);
        s.field("uptime_in_seconds", uptime);
        s.field("uptime_in_days", uptime / 86400);
        s.field("config_file", "");
    }

    private void clients(Section s) {
        s.field("connected_clients", clients.size());
        s.field("cluster_connections", 0);
        s.field("maxclients", settings.maxclients());
        s.field("blocked_clients", blocked.count());
        s.field("tracking_clients", 0);
        s.field("clients_in_timeout_table", blocked.timed());
    }

    private void memory(Section s) {
        long used = stats.usedMemory();
        s.field("used_memory", used);
        s.field("used_memory_human", human(used));
        s.field("maxmemory", 0);
        s.field("maxmemory_human", human(0));
        s.field("maxmemory_policy", "noeviction");
    }

    private void persistence(Section s) {
        s.field("loading", 0);
        s.field("async_loading", 0);
        s.field("rdb_bgsave_in_progress", 0);
        s.field("rdb_last_save_time", stats.startedAt() / 1000);
        s.field("aof_enabled", 0);
        s.field("aof_rewrite_in_progress", 0);
    }

    private void stats(Section s) {
        s.field("total_connections_received", stats.connectionsReceived());
        s.field("total_commands_processed", stats.commandsProcessed());
        s.field("total_net_input_bytes", stats.netInputBytes());
        s.field("total_net_output_bytes", stats.netOutputBytes());
        s.field("rejected_connections", stats.rejectedConnections());
        s.field("expired_keys", db.expiredKeys());
        s.field("evicted_keys", 0);
        s.field("keyspace_hits", db.keyspaceHits());
        s.field("keyspace_misses", db.keyspaceMisses());
        s.field("pubsub_channels", 0);
        s.field("pubsub_patterns", 0);
        s.field("total_error_replies", stats.errorReplies());
    }

    private static void replication(Section s) {
        s.field("role", "master");
        s.field("connected_slaves", 0);
        s.field("master_failover_state", "no-failover");
        s.field("master_repl_offset", 0);
    }

    private void commandStats(Section s) {
        for (CommandTable.Entry entry : table.getObject().allEntries()) {
            CommandStats c = entry.stats();
            if (c.calls() == 0 && c.rejected() == 0 && c.failed() == 0) {
                continue;
            }
            double perCall = c.calls() == 0 ? 0 : (double) c.micros() / c.calls();
            s.field("cmdstat_" + entry.spec().name(), "calls=" + c.calls() + ",usec=" + c.micros()
                    + ",usec_per_call=" + String.format(Locale.ROOT, "%.2f", perCall)
                    + ",rejected_calls=" + c.rejected() + ",failed_calls=" + c.failed());
        }
    }

    private void errorStats(Section s) {
        new TreeMap<>(stats.errorsByCode()).forEach((code, count) -> s.field("errorstat_" + code, "count=" + count));
    }

    private void keyspace(Section s, long now) {
        for (int i = 0; i < db.count(); i++) {
            Database d = db.database(i);
            if (d.size() > 0) {
                s.field("db" + i, "keys=" + d.size() + ",expires=" + d.expiringCount() + ",avg_ttl=" + d.averageTtl(now));
            }
        }
    }

    /** Redis's bytesToHuman: B below 1K, then two decimals of K, M, G, T, P. */
    static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + "B";
        }
        String units = "KMGTPE";
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length() - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.2f%c", value, units.charAt(unit));
    }

    /** Appends {@code name:value} lines to the report. */
    private record Section(StringBuilder text) {
        void field(String name, Object value) {
            text.append(name).append(':').append(value).append("\r\n");
        }
    }
}
