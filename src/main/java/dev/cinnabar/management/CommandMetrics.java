package dev.cinnabar.management;

import dev.cinnabar.command.CommandStats;
import dev.cinnabar.command.CommandTable;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.CounterSnapshot.CounterDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot.HistogramDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

/**
 * The per-command series, read from each command's {@link CommandStats} at scrape time: calls, failed
 * and rejected calls, and the latency histogram {@code redis_commands_duration_seconds}, whose buckets
 * let {@code histogram_quantile} compute p50/p99/p999 server-side.
 *
 * <p>A Prometheus collector rather than Micrometer meters, because the histogram already exists as
 * fixed arrays that the dispatcher fills without allocating, and because, like INFO commandstats and
 * {@code redis_exporter}, only the commands that have been called appear.
 */
public final class CommandMetrics implements MultiCollector {

    private static final double[] BOUNDS = CommandStats.latencyBoundsSeconds();

    private final CommandTable table;

    public CommandMetrics(CommandTable table) {
        this.table = table;
    }

    @Override
    public MetricSnapshots collect() {
        CounterSnapshot.Builder calls = CounterSnapshot.builder().name("redis_commands")
                .help("Calls of the command that ran, failed or not");
        CounterSnapshot.Builder failed = CounterSnapshot.builder().name("redis_commands_failed_calls")
                .help("Calls of the command that ran and replied an error");
        CounterSnapshot.Builder rejected = CounterSnapshot.builder().name("redis_commands_rejected_calls")
                .help("Calls of the command refused before running (arity, authentication)");
        HistogramSnapshot.Builder latency = HistogramSnapshot.builder().name("redis_commands_duration_seconds")
                .help("Execution time of the command, from its latency histogram");
        for (CommandTable.Entry entry : table.allEntries()) {
            CommandStats stats = entry.stats();
            if (stats.calls() == 0 && stats.rejected() == 0) {
                continue;
            }
            Labels cmd = Labels.of("cmd", entry.spec().name());
            calls.dataPoint(counter(cmd, stats.calls()));
            failed.dataPoint(counter(cmd, stats.failed()));
            rejected.dataPoint(counter(cmd, stats.rejected()));
            long[] buckets = new long[BOUNDS.length];
            long count = stats.latencyBuckets(buckets);
            if (count > 0) {
                latency.dataPoint(HistogramDataPointSnapshot.builder().labels(cmd)
                        .classicHistogramBuckets(ClassicHistogramBuckets.of(BOUNDS, buckets))
                        .sum(stats.latencyNanos() / 1e9)
                        .build());
            }
        }
        return MetricSnapshots.of(calls.build(), failed.build(), rejected.build(), latency.build());
    }

    private static CounterDataPointSnapshot counter(Labels labels, long value) {
        return CounterDataPointSnapshot.builder().labels(labels).value(value).build();
    }
}
