package dev.cinnabar.management;

import dev.cinnabar.command.BlockedClients;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.ClientState;
import dev.cinnabar.command.Command;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.CommandTable;
import dev.cinnabar.command.Dispatcher;
import dev.cinnabar.command.FakeClock;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.ServerStats;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.WatchedKeys;
import dev.cinnabar.keyspace.Db;
import dev.cinnabar.resp.RespWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a command's latency allocates nothing: the same commands dispatched with latency tracking
 * on allocate no more than with it off. Counts bytes (the JVM's per-thread allocation counter), never time.
 */
class LatencyRecordingAllocationTest {

    private static final int COMMANDS = 200_000;

    @Test
    void recordingLatencyAllocatesNothingPerCommand() {
        Command noop = new Command() {
            private final CommandSpec spec = CommandSpec.of("noop", 1, Group.SERVER).summary("Replies OK");

            @Override
            public CommandSpec spec() {
                return spec;
            }

            @Override
            public void execute(Call call) {
                call.reply().ok();
            }
        };
        Settings settings = new Settings(0, "127.0.0.1", 1, "", 10, 0, 1 << 20);
        Db db = new Db(1, new FakeClock(ManagedServer.START));
        Dispatcher dispatcher = new Dispatcher(new CommandTable(List.of(noop)),
                settings, new ServerStats(0), new BlockedClients(db), new WatchedKeys(db));
        RespWriter writer = new RespWriter();
        ByteBuf out = Unpooled.buffer(64);
        writer.target(out);
        Call call = new Call(new ClientState(1, "127.0.0.1:1", "127.0.0.1:2", db.now(), true, () -> { }), writer, db, null);
        byte[][] args = {"noop".getBytes(StandardCharsets.US_ASCII)};
        Runnable batch = () -> {
            for (int i = 0; i < COMMANDS; i++) {
                out.clear();
                dispatcher.dispatch(call, args);
            }
        };

        settings.latencyTracking(true);
        batch.run(); // warm-up, both paths compiled
        settings.latencyTracking(false);
        batch.run();
        long untracked = allocatedBy(batch);
        settings.latencyTracking(true);
        long tracked = allocatedBy(batch);

        assertThat(dispatcher.table().lookup("noop").stats().latencyNanos()).isPositive();
        // Less than one byte per command more: the difference is measurement noise, not a per-command object.
        assertThat(tracked - untracked).isLessThan(COMMANDS);
    }

    private static long allocatedBy(Runnable work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        work.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
