package dev.cinnabar.diff;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's {@code redis-server}, started as a child process on a free port without persistence, as the
 * reference the differential tests compare Cinnabar against. Missing binaries fail the test: a skipped
 * comparison would look like a passing one.
 */
public final class ReferenceRedis implements AutoCloseable {

    private static final long START_TIMEOUT_MS = 10_000;

    private final Process process;
    private final int port;
    private final Path log;

    private ReferenceRedis(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static ReferenceRedis start() throws IOException, InterruptedException {
        String binary = requireOnPath("redis-server");
        int port = freePort();
        Path log = Files.createTempFile("reference-redis-", ".log");
        Process process = new ProcessBuilder(binary, "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--daemonize", "no")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ReferenceRedis redis = new ReferenceRedis(process, port, log);
        redis.awaitListening();
        return redis;
    }

    /** The absolute path of a Debian redis binary, or a failed test saying how to install it. */
    public static String requireOnPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, name);
            if (candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        return fail(name + " is not on PATH: the differential and wire tests need Debian's Redis 7.0 binaries. "
                + "Install them with: apt-get install redis-server redis-tools");
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                fail("redis-server exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        fail("redis-server did not listen on port " + port + " within " + START_TIMEOUT_MS + " ms: " + Files.readString(log));
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        Files.deleteIfExists(log);
    }
}
