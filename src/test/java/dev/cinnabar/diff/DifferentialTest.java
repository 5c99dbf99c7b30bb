package dev.cinnabar.diff;

import dev.cinnabar.keyspace.Db;
import dev.cinnabar.wire.CinnabarServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Sends every script of {@code src/test/resources/diff/*.redis} to Debian's redis-server and to
 * Cinnabar, one fresh connection each per script, and requires byte-identical replies.
 *
 * <p>Redis is emptied with FLUSHALL before each script; Cinnabar through its {@link Db}, so the harness
 * does not rely on a command it may be testing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialTest {

    private static final int READ_TIMEOUT_MS = 10_000;

    private ReferenceRedis redis;
    private CinnabarServer cinnabar;

    @BeforeAll
    void startServers() throws Exception {
        redis = ReferenceRedis.start();
        cinnabar = CinnabarServer.start();
    }

    @AfterAll
    void stopServers() throws IOException {
        if (cinnabar != null) {
            cinnabar.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException, URISyntaxException {
        URL dir = getClass().getClassLoader().getResource("diff");
        if (dir == null) {
            return fail("no diff scripts on the test classpath (src/test/resources/diff)");
        }
        List<Path> scripts;
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            scripts = files.filter(p -> p.getFileName().toString().endsWith(".redis")).sorted().toList();
        }
        assertFalse(scripts.isEmpty(), "no .redis scripts in " + dir);
        return scripts.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), path.toUri(),
                () -> run(DiffScript.parse(path.getFileName().toString(), Files.readString(path)))));
    }

    private void run(DiffScript script) throws IOException, InterruptedException {
        try (Connection reference = new Connection(redis.port()); Connection candidate = new Connection(cinnabar.port())) {
            reference.send(new byte[][] {bytes("FLUSHALL")});
            assertEquals("+OK\r\n", text(reference.reply()), "redis-server refused FLUSHALL");
            flushCinnabar();
            for (DiffScript.Step step : script.steps()) {
                if (step instanceof DiffScript.Sleep sleep) {
                    Thread.sleep(sleep.millis());
                } else if (step instanceof DiffScript.Send send) {
                    compare(script, send, reference, candidate);
                }
            }
        }
    }

    private void compare(DiffScript script, DiffScript.Send send, Connection reference, Connection candidate) throws IOException {
        reference.send(send.args());
        byte[] expected = reference.reply();
        candidate.send(send.args());
        byte[] actual;
        try {
            actual = candidate.reply();
        } catch (IOException e) {
            throw new AssertionError(where(script, send) + "\n  redis-server: " + RespFrames.escape(expected)
                    + "\n  cinnabar:     no reply (" + e + ")", e);
        }
        boolean same = switch (send.match()) {
            case SHAPE -> RespFrames.shape(expected).equals(RespFrames.shape(actual));
            case UNORDERED -> RespFrames.unordered(expected).equals(RespFrames.unordered(actual));
            case EXACT -> Arrays.equals(expected, actual);
        };
        if (!same) {
            boolean shape = send.match() == DiffScript.Match.SHAPE;
            throw new AssertionError(where(script, send) + " (" + send.match() + ")"
                    + "\n  redis-server: " + RespFrames.escape(expected)
                    + "\n  cinnabar:     " + RespFrames.escape(actual)
                    + (shape ? "\n  shapes: " + RespFrames.shape(expected) + " vs " + RespFrames.shape(actual) : ""));
        }
    }

    private static String where(DiffScript script, DiffScript.Send send) {
        return script.name() + ":" + send.line() + ": " + send.text();
    }

    private void flushCinnabar() {
        Db db = cinnabar.context().getBean(Db.class);
        db.lock();
        try {
            db.flushAll();
        } finally {
            db.unlock();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /** One client connection speaking RESP multibulk requests. */
    private static final class Connection implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Connection(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        void send(byte[][] args) throws IOException {
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write(('*' + String.valueOf(args.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            for (byte[] arg : args) {
                request.write(('$' + String.valueOf(arg.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                request.write(arg);
                request.write('\r');
                request.write('\n');
            }
            out.write(request.toByteArray());
            out.flush();
        }

        byte[] reply() throws IOException {
            return RespFrames.read(in);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
