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
import dev.cinnabar.server.RespServerStartedEvent;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.StaticApplicationContext;
import redis.clients.jedis.Jedis;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The readiness and liveness groups: the state transitions, then the probes over HTTP through a shutdown. */
class HealthTest {

    @Test
    void listenerReadinessIsDownUntilBoundAndFromTheStartOfShutdown() {
        RespListenerHealthIndicator indicator = new RespListenerHealthIndicator();
        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(indicator.health().getDetails()).containsEntry("listener", "not bound yet");

        indicator.listening(new RespServerStartedEvent(this, 6400));
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(indicator.health().getDetails()).containsEntry("port", 6400);

        indicator.closing(new ContextClosedEvent(new StaticApplicationContext()));
        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(indicator.health().getDetails()).containsEntry("listener", "shutting down");
    }

    @Test
    void aCommandRunningPastTheLimitFailsLiveness() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Command wedge = new Command() {
            private final CommandSpec spec = CommandSpec.of("wedge", 1, Group.SERVER).summary("Blocks until released");

            @Override
            public CommandSpec spec() {
                return spec;
            }

            @Override
            public void execute(Call call) {
                running.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                call.reply().ok();
            }
        };
        Settings settings = new Settings(0, "127.0.0.1", 1, "", 10, 0, 1 << 20);
        Db db = new Db(1, new FakeClock(ManagedServer.START));
        Dispatcher dispatcher = new Dispatcher(new CommandTable(List.of(wedge)),
                settings, new ServerStats(0), new BlockedClients(db), new WatchedKeys(db));
        // Any command in progress is past a limit of one nanosecond: no waiting on the clock.
        CommandExecutorHealthIndicator indicator = new CommandExecutorHealthIndicator(dispatcher, Duration.ofNanos(1));
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);

        RespWriter writer = new RespWriter();
        writer.target(Unpooled.buffer());
        Call call = new Call(new ClientState(1, "127.0.0.1:1", "127.0.0.1:2", db.now(), true, () -> { }), writer, db, null);
        Thread client = new Thread(() -> dispatcher.dispatch(call, new byte[][] {"WEDGE".getBytes(StandardCharsets.US_ASCII)}));
        client.start();
        running.await();

        Health wedged = indicator.health();
        assertThat(wedged.getStatus()).isEqualTo(Status.DOWN);
        assertThat(wedged.getDetails()).containsEntry("command", "wedge").containsKey("runningFor");

        release.countDown();
        client.join();
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(writer.target().toString(StandardCharsets.US_ASCII)).isEqualTo("+OK\r\n");
    }

    @Test
    void probesOverHttpReadinessGoesDownAsSoonAsShutdownBegins() throws Exception {
        ManagedServer server = new ManagedServer();
        assertThat(server.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        HttpResponse<String> liveness = server.get("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"commandExecutor\"").contains("\"livenessState\"");

        AtomicReference<HttpResponse<String>> readinessWhileClosing = new AtomicReference<>();
        AtomicReference<String> pingWhileClosing = new AtomicReference<>();
        int managementPort = server.managementPort();
        server.context().addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
            try (Jedis jedis = server.jedis()) {
                readinessWhileClosing.set(server.get(managementPort, "/actuator/health/readiness"));
                pingWhileClosing.set(jedis.ping());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        server.close();

        // Not ready any more, while the listener still serves clients until it drains.
        assertThat(readinessWhileClosing.get().statusCode()).isEqualTo(503);
        assertThat(readinessWhileClosing.get().body()).contains("\"status\":\"DOWN\"").contains("shutting down");
        assertThat(pingWhileClosing.get()).isEqualTo("PONG");
    }
}
