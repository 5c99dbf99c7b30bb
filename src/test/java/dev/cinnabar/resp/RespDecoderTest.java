package dev.cinnabar.resp;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.cinnabar.resp.DecoderHarness.decode;
import static org.assertj.core.api.Assertions.assertThat;

/** The decoder through a Netty channel: fragmentation, pipelining, inline quoting and Redis's protocol errors. */
class RespDecoderTest {

    /** Each is a whole stream of requests, with what the decoder must emit for it. */
    private static final String[][] STREAMS = {
            {"*1\r\n$4\r\nPING\r\n", "[PING]"},
            {"*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$4\r\na\r\nb\r\n", "[SET, k, a\r\nb]"},
            {"*2\r\n$4\r\nECHO\r\n$0\r\n\r\n", "[ECHO, ]"},
            {"PING\r\n", "[PING]"},
            {"PING\n", "[PING]"},
            {"set k \"a\\x41\\n\" 'b c'\r\n", "[set, k, aA\n, b c]"},
            {"\r\n\r\n   \r\nPING\r\n", "[PING]"},
            {"*0\r\n*-1\r\n*1\r\n$4\r\nPING\r\n", "[PING]"},
            {"*1\r\n$4\r\nPINGxx*1\r\n$4\r\nPING\r\n", "[PING], [PING]"},
            {"GET a\r\n*2\r\n$3\r\nGET\r\n$1\r\nb\r\nGET c\n", "[GET, a], [GET, b], [GET, c]"},
            {"*2\r\n$3\r\nGET\r\n$1\r\n\u0000\r\n", "[GET, \u0000]"},
    };

    @Test
    void everyStreamDecodesTheSameWholeByteByByteAndSplitAnywhere() {
        for (String[] stream : STREAMS) {
            byte[] input = stream[0].getBytes(StandardCharsets.ISO_8859_1);
            String expected = "[" + stream[1] + "]";
            assertThat(decode(input).toString()).as("whole %s", stream[0]).isEqualTo(expected);
            int[] everyByte = new int[input.length - 1];
            for (int i = 0; i < everyByte.length; i++) {
                everyByte[i] = i + 1;
            }
            assertThat(decode(input, everyByte).toString()).as("byte by byte %s", stream[0]).isEqualTo(expected);
            for (int cut = 1; cut < input.length; cut++) {
                assertThat(decode(input, cut).toString()).as("split at %d: %s", cut, stream[0]).isEqualTo(expected);
                for (int second = cut + 1; second < input.length; second++) {
                    assertThat(decode(input, cut, second).toString()).as("split at %d and %d: %s", cut, second, stream[0])
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void pipelinesOfThousandsOfCommandsComeOutInOrder() {
        StringBuilder stream = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            String key = "key:" + i;
            if (i % 3 == 0) {
                stream.append("SET ").append(key).append(" v").append(i).append("\r\n");
                expected.add("[SET, " + key + ", v" + i + "]");
            } else {
                stream.append("*2\r\n$3\r\nGET\r\n$").append(key.length()).append("\r\n").append(key).append("\r\n");
                expected.add("[GET, " + key + "]");
            }
        }
        byte[] input = stream.toString().getBytes(StandardCharsets.US_ASCII);
        assertThat(decode(input)).isEqualTo(expected);
        assertThat(decode(input, input.length / 3, input.length / 3 + 7, input.length - 1)).isEqualTo(expected);
        assertThat(DecoderHarness.decodeInPieces(input, 1000)).isEqualTo(expected);
    }

    @Test
    void bulksAreBinarySafe() {
        byte[] value = new byte[256];
        for (int i = 0; i < value.length; i++) {
            value[i] = (byte) i;
        }
        String bulk = new String(value, StandardCharsets.ISO_8859_1);
        String input = "*3\r\n$3\r\nSET\r\n$2\r\n\r\n\r\n$256\r\n" + bulk + "\r\n";
        byte[] bytes = input.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(decode(bytes)).containsExactly("[SET, \r\n, " + bulk + "]");
        assertThat(decode(bytes, 20, 30, 100)).containsExactly("[SET, \r\n, " + bulk + "]");
    }

    @Test
    void bigBulksArriveWholeHoweverTheyAreCut() {
        byte[] value = new byte[300_000];
        new java.util.Random(7).nextBytes(value);
        String bulk = new String(value, StandardCharsets.ISO_8859_1);
        String input = "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$300000\r\n" + bulk + "\r\n*1\r\n$4\r\nPING\r\n";
        byte[] bytes = input.getBytes(StandardCharsets.ISO_8859_1);
        List<String> expected = List.of("[SET, k, " + bulk + "]", "[PING]");
        int dataStart = input.indexOf("300000\r\n") + 8;
        int dataEnd = dataStart + value.length;
        assertThat(decode(bytes)).isEqualTo(expected);
        // Cut inside the header, inside the data, just before and inside the terminator, and after it.
        assertThat(decode(bytes, dataStart - 3, dataStart + 1, dataStart + 40_000, dataEnd, dataEnd + 1, dataEnd + 2))
                .isEqualTo(expected);
        assertThat(DecoderHarness.decodeInPieces(bytes, 1000)).isEqualTo(expected);
    }

    @Test
    void aBigBulkHoldsMemoryForWhatArrivedNotForWhatWasAnnounced() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (DecoderHarness harness = new DecoderHarness()) {
            long before = threads.getCurrentThreadAllocatedBytes();
            assertThat(harness.feed("*2\r\n$3\r\nSET\r\n$400000000\r\n")).isEmpty();
            for (int i = 0; i < 100; i++) {
                assertThat(harness.feed(new byte[10_000])).isEmpty();
            }
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            // A million bytes arrived: the growing array and its copies stay within a few times that.
            assertThat(allocated).as("bytes allocated by the decoder").isLessThan(6L * 1024 * 1024);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "ECHO \"\\x41\\x4a\"       | [ECHO, AJ]",
            "ECHO \"\\x4\"             | [ECHO, x4]",
            "ECHO \"\\xZZ\"            | [ECHO, xZZ]",
            "ECHO \"a\\\"b\"           | [ECHO, a\"b]",
            "ECHO 'a\\'b'              | [ECHO, a'b]",
            "ECHO 'a\\nb'              | [ECHO, a\\nb]",
            "ECHO \"\" ''              | [ECHO, , ]",
            "ECHO \"a b\"  \t 'c d'    | [ECHO, a b, c d]",
    })
    void inlineQuotingFollowsRedis(String line, String expected) {
        assertThat(decode((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1))).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PING \"a", "PING 'a", "PING \"a\"b", "ECHO 'a''b'", "ECHO \"\\\"", "ECHO '\\\\'", "ECHO \"\\x41\\x4a\"x"})
    void unbalancedQuotesAreAProtocolError(String line) {
        assertThat(decode((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1)))
                .containsExactly("ERR unbalanced quotes in request");
    }

    /** Inputs and the error redis-server 7.0.15 answers them with (checked against it by hand). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "*x\\r\\n                         | invalid multibulk length",
            "*\\r\\n                          | invalid multibulk length",
            "*+1\\r\\n                        | invalid multibulk length",
            "*01\\r\\n                        | invalid multibulk length",
            "*1\\nPING\\r\\n                  | invalid multibulk length",
            "*3000000000\\r\\n                | invalid multibulk length",
            "*2147483648\\r\\n                | invalid multibulk length",
            "*99999999999999999999\\r\\n      | invalid multibulk length",
            "*1\\r\\nx\\r\\n                  | expected '$', got 'x'",
            "*1\\r\\n$-5\\r\\n                | invalid bulk length",
            "*1\\r\\n$-1\\r\\n                | invalid bulk length",
            "*1\\r\\n$x\\r\\n                 | invalid bulk length",
            "*1\\r\\n$\\r\\n                  | invalid bulk length",
            "*1\\r\\n$04\\r\\n                | invalid bulk length",
            "*1\\r\\n$+4\\r\\n                | invalid bulk length",
            "*1\\r\\n$ 4\\r\\n                | invalid bulk length",
            "*1\\r\\n$4\\nPING\\r\\n          | invalid bulk length",
            "*1\\r\\n$600000000\\r\\n         | invalid bulk length",
            "*1\\r\\n$536870913\\r\\n         | invalid bulk length",
            "*1\\r\\n$2147483648\\r\\n        | invalid bulk length",
            "*1\\r\\n$99999999999999999999\\r\\n | invalid bulk length",
    })
    void protocolErrorsMatchRedis(String input, String error) {
        byte[] bytes = unescape(input);
        assertThat(decode(bytes)).containsExactly("ERR " + error);
        assertThat(decode(bytes, bytes.length / 2)).containsExactly("ERR " + error);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*2147483647\\r\\n", "*1048577\\r\\n", "*1\\r\\n$536870912\\r\\n", "*1\\r\\n$4\\r\\n", "*1\\r\\nPING",
            "*1\\r\\n$4\\r\\nPIN", "PING", "*1\\x00\\r\\n$4\\r\\nPING\\r\\n", "*1\\r\\n$4\\x00\\r\\nPING\\r\\n", "ECHO a\\x00b\\r\\n"})
    void incompleteRequestsWaitForMore(String input) {
        assertThat(decode(unescape(input))).isEmpty();
    }

    @Test
    void linesLongerThanTheInlineLimitAreRefused() {
        int big = RespDecoder.INLINE_MAX + 1;
        assertThat(decode(("A".repeat(big)).getBytes(StandardCharsets.US_ASCII))).containsExactly("ERR too big inline request");
        assertThat(decode(("*" + "1".repeat(big)).getBytes(StandardCharsets.US_ASCII))).containsExactly("ERR too big mbulk count string");
        assertThat(decode(("*1\r\n$" + "1".repeat(big)).getBytes(StandardCharsets.US_ASCII))).containsExactly("ERR too big bulk count string");
        assertThat(decode(("*1" + " ".repeat(big) + "\r\n").getBytes(StandardCharsets.US_ASCII))).containsExactly("ERR invalid multibulk length");
        // A NUL hides the newline from Redis's strchr, so the line only ends by being too long.
        assertThat(decode(("ECHO a\0b\r\n" + "x".repeat(big)).getBytes(StandardCharsets.ISO_8859_1)))
                .containsExactly("ERR too big inline request");
    }

    @Test
    void requestsBeforeAProtocolErrorAreEmittedAndNothingAfterIt() {
        try (DecoderHarness harness = new DecoderHarness()) {
            assertThat(harness.feed("PING\r\n*1\r\n$4\r\nPING\r\n*x\r\nPING\r\n"))
                    .containsExactly("[PING]", "[PING]", "ERR invalid multibulk length");
            assertThat(harness.feed("PING\r\n")).isEmpty();
        }
    }

    @Test
    void announcingAHugeBulkThenSendingNothingAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        UnpooledByteBufAllocator allocator = new UnpooledByteBufAllocator(false);
        try (DecoderHarness harness = new DecoderHarness(() -> false, allocator)) {
            long before = threads.getCurrentThreadAllocatedBytes();
            assertThat(harness.feed("*2\r\n$3\r\nSET\r\n$400000000\r\n")).isEmpty();
            assertThat(harness.feed("partial")).isEmpty();
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            assertThat(allocated).as("bytes allocated by the decoder").isLessThan(1024 * 1024);
            assertThat(allocator.metric().usedHeapMemory() + allocator.metric().usedDirectMemory())
                    .as("buffer memory held").isLessThan(64 * 1024);
        }
        try (DecoderHarness harness = new DecoderHarness()) {
            long before = threads.getCurrentThreadAllocatedBytes();
            assertThat(harness.feed("*2147483647\r\n$1\r\na\r\n")).isEmpty();
            assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes allocated for a huge count").isLessThan(1024 * 1024);
        }
    }

    @Test
    void bytesKeptForAnIncompleteRequestAreFreedOnceItCompletesOrTheConnectionCloses() {
        UnpooledByteBufAllocator allocator = new UnpooledByteBufAllocator(false);
        String request = "*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$100\r\n" + "v".repeat(100) + "\r\n";
        try (DecoderHarness harness = new DecoderHarness(() -> false, allocator)) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < request.length(); i += 3) {
                out.addAll(harness.feed(request.substring(i, Math.min(request.length(), i + 3))));
            }
            assertThat(out).containsExactly("[SET, key, " + "v".repeat(100) + "]");
            assertThat(held(allocator)).as("held after the request completed").isZero();
            assertThat(harness.feed(request.substring(0, 20))).isEmpty();
            assertThat(held(allocator)).as("held for a partial request").isPositive();
        }
        assertThat(held(allocator)).as("held after close").isZero();
    }

    /** Heap and direct memory alike: a read buffer is heap here, but a grown one may be direct. */
    private static long held(UnpooledByteBufAllocator allocator) {
        return allocator.metric().usedHeapMemory() + allocator.metric().usedDirectMemory();
    }

    @Test
    void unauthenticatedClientsHaveSmallLimits() {
        try (DecoderHarness harness = new DecoderHarness(() -> true)) {
            assertThat(harness.feed("*11\r\n")).containsExactly("ERR unauthenticated multibulk length");
        }
        try (DecoderHarness harness = new DecoderHarness(() -> true)) {
            assertThat(harness.feed("*10\r\n$16384\r\n")).isEmpty();
            assertThat(harness.feed("$16385\r\n")).isEmpty();
        }
        try (DecoderHarness harness = new DecoderHarness(() -> true)) {
            assertThat(harness.feed("*1\r\n$16385\r\n")).containsExactly("ERR unauthenticated bulk length");
        }
    }

    @Test
    void theLimitsLiftForTheRequestsAfterAuthInTheSameRead() {
        AtomicBoolean authenticated = new AtomicBoolean();
        RespDecoder decoder = new RespDecoder(() -> DecoderHarness.MAX_BULK, () -> !authenticated.get());
        List<String> seen = new ArrayList<>();
        decoder.read(Unpooled.copiedBuffer("AUTH pw\r\n*11\r\n" + "$1\r\na\r\n".repeat(11), StandardCharsets.US_ASCII),
                ByteBufAllocator.DEFAULT, message -> {
                    String request = DecoderHarness.render(message);
                    seen.add(request);
                    if (request.startsWith("[AUTH")) {
                        authenticated.set(true);
                    }
                });
        assertThat(seen).containsExactly("[AUTH, pw]", "[a, a, a, a, a, a, a, a, a, a, a]");
    }

    @Test
    void protocolErrorRepliesKeepTheOffendingByteAndStayOnOneLine() {
        assertThat(new ProtocolError("expected '$', got '\u00ff'").reply())
                .isEqualTo("-ERR Protocol error: expected '$', got '\u00ff'\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new String(new ProtocolError("expected '$', got '\r'").reply(), StandardCharsets.ISO_8859_1))
                .isEqualTo("-ERR Protocol error: expected '$', got ' '\r\n");
        assertThat(decode(unescape("*1\\r\\n\\xff\\r\\n"))).containsExactly("ERR expected '$', got '\u00ff'");
        assertThat(decode(unescape("*1\\r\\n\\r\\n"))).containsExactly("ERR expected '$', got '\r'");
    }

    /** {@code \r \n \xHH} escapes of the test tables to bytes. */
    private static byte[] unescape(String text) {
        byte[][] parsed = InlineSplitter.split(("\"" + text + "\"").getBytes(StandardCharsets.ISO_8859_1));
        return parsed[0];
    }
}
