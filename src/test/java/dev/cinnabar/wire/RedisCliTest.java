package dev.cinnabar.wire;

import dev.cinnabar.diff.ReferenceRedis;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real {@code redis-cli} against Cinnabar: arguments, commands piped on stdin, and raw protocol with --pipe. */
class RedisCliTest extends SharedServerTest {

    private String cli(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ReferenceRedis.requireOnPath("redis-cli"), "-p", String.valueOf(port)));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.ISO_8859_1));
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("redis-cli finished").isTrue();
        return new String(output, StandardCharsets.ISO_8859_1);
    }

    @Test
    void commandGivenAsArguments() throws Exception {
        assertThat(cli("", "PING")).isEqualTo("PONG\n");
        assertThat(cli("", "SET", "cli:k", "hello world")).isEqualTo("OK\n");
        assertThat(cli("", "GET", "cli:k")).isEqualTo("hello world\n");
        assertThat(cli("", "--no-raw", "GET", "cli:k")).isEqualTo("\"hello world\"\n");
        assertThat(cli("", "--no-raw", "GET", "cli:missing")).isEqualTo("(nil)\n");
    }

    @Test
    void commandsPipedOnStdin() throws Exception {
        assertThat(cli("SET cli:a 1\nGET cli:a\nSET cli:b \"x y\"\nGET cli:b\n")).isEqualTo("OK\n1\nOK\nx y\n");
    }

    @Test
    void errorsAreShown() throws Exception {
        // redis-cli adds a blank line after an error (checked against redis-server 7.0.15).
        assertThat(cli("", "NOSUCH", "x")).isEqualTo("ERR unknown command 'NOSUCH', with args beginning with: 'x' \n\n");
        assertThat(cli("", "GET")).isEqualTo("ERR wrong number of arguments for 'get' command\n\n");
    }

    /** --pipe sends stdin as raw bytes, here inline commands, then an ECHO to learn that all replies arrived. */
    @Test
    void rawInlineCommandsWithPipe() throws Exception {
        String output = cli("SET cli:pipe 1\r\nGET cli:pipe\r\nPING\r\n", "--pipe", "--pipe-timeout", "10");
        assertThat(output).contains("errors: 0, replies: 3");
        assertThat(cli("", "GET", "cli:pipe")).isEqualTo("1\n");
    }
}
