package dev.cinnabar.resp;

import io.netty.buffer.AdaptiveByteBufAllocator;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The bytes of each reply kind in RESP2 and RESP3, as Redis 7.0 sends them. */
class RespWriterTest {

    private static String write(int protocol, Consumer<Reply> reply) {
        RespWriter writer = new RespWriter();
        writer.protocol(protocol);
        ByteBuf out = Unpooled.buffer();
        writer.target(out);
        reply.accept(writer);
        writer.target(null);
        String text = out.toString(StandardCharsets.ISO_8859_1);
        out.release();
        return text;
    }

    private static void same(Consumer<Reply> reply, String expected) {
        assertThat(write(2, reply)).isEqualTo(expected);
        assertThat(write(3, reply)).isEqualTo(expected);
    }

    private static void differs(Consumer<Reply> reply, String resp2, String resp3) {
        assertThat(write(2, reply)).as("RESP2").isEqualTo(resp2);
        assertThat(write(3, reply)).as("RESP3").isEqualTo(resp3);
    }

    @Test
    void repliesThatAreTheSameInBothProtocols() {
        same(Reply::ok, "+OK\r\n");
        same(r -> r.simple("PONG"), "+PONG\r\n");
        same(r -> r.error("ERR syntax error"), "-ERR syntax error\r\n");
        same(r -> r.error("ERR two\r\nlines\n"), "-ERR two  lines \r\n");
        same(r -> r.integer(0), ":0\r\n");
        same(r -> r.integer(1), ":1\r\n");
        same(r -> r.integer(7), ":7\r\n");
        same(r -> r.integer(-12345), ":-12345\r\n");
        same(r -> r.integer(Long.MAX_VALUE), ":9223372036854775807\r\n");
        same(r -> r.integer(Long.MIN_VALUE), ":-9223372036854775808\r\n");
        same(r -> r.bulk(new byte[] {'a', '\r', '\n', 0}), "$4\r\na\r\n\u0000\r\n");
        same(r -> r.bulk(new byte[0]), "$0\r\n\r\n");
        same(r -> r.bulk("abcdef".getBytes(StandardCharsets.US_ASCII), 2, 3), "$3\r\ncde\r\n");
        same(r -> r.bulk("é"), "$2\r\n\u00c3\u00a9\r\n");
        same(r -> {
            r.array(2);
            r.integer(10);
            r.bulk("x");
        }, "*2\r\n:10\r\n$1\r\nx\r\n");
        same(r -> r.array(0), "*0\r\n");
    }

    @Test
    void repliesThatChangeWithTheProtocol() {
        differs(Reply::nullBulk, "$-1\r\n", "_\r\n");
        differs(Reply::nullArray, "*-1\r\n", "_\r\n");
        differs(r -> r.map(2), "*4\r\n", "%2\r\n");
        differs(r -> r.map(0), "*0\r\n", "%0\r\n");
        differs(r -> r.set(3), "*3\r\n", "~3\r\n");
        differs(r -> r.doubleValue(1.5), "$3\r\n1.5\r\n", ",1.5\r\n");
        differs(r -> r.doubleValue(Double.POSITIVE_INFINITY), "$3\r\ninf\r\n", ",inf\r\n");
        differs(r -> r.doubleValue(3), "$1\r\n3\r\n", ",3\r\n");
        differs(r -> r.doubleValue(-1234567), "$8\r\n-1234567\r\n", ",-1234567\r\n");
        differs(r -> r.doubleValue(-0.0), "$2\r\n-0\r\n", ",-0\r\n");
        differs(r -> r.doubleValue(1e17), "$5\r\n1e+17\r\n", ",1e+17\r\n");
        differs(r -> r.bool(true), ":1\r\n", "#t\r\n");
        differs(r -> r.bool(false), ":0\r\n", "#f\r\n");
        differs(r -> r.verbatim("a:b\r\n"), "$5\r\na:b\r\n\r\n", "=9\r\ntxt:a:b\r\n\r\n");
    }

    @Test
    void theProtocolCanSwitchBetweenReplies() {
        RespWriter writer = new RespWriter();
        ByteBuf out = Unpooled.buffer();
        writer.target(out);
        assertThat(writer.resp3()).isFalse();
        writer.nullBulk();
        writer.protocol(3);
        assertThat(writer.resp3()).isTrue();
        writer.nullBulk();
        writer.protocol(2);
        writer.nullBulk();
        writer.target(null);
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("$-1\r\n_\r\n$-1\r\n");
        out.release();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 9, 10, 99, 100, -1, -9, -10, 1234567890123L, -1234567890123L})
    void integersAreDecimal(long value) {
        same(r -> r.integer(value), ":" + value + "\r\n");
        same(r -> r.array((int) Math.min(Math.abs(value), Integer.MAX_VALUE)), "*" + Math.min(Math.abs(value), Integer.MAX_VALUE) + "\r\n");
    }

    @Test
    void repliesLongerThanTheScratchArrayArriveWholeAndInOrder() {
        StringBuilder expected = new StringBuilder("*3000\r\n");
        String text = write(2, r -> {
            r.array(3000);
            for (int i = 0; i < 3000; i++) {
                r.bulk(Integer.toString(i));
            }
        });
        for (int i = 0; i < 3000; i++) {
            String element = Integer.toString(i);
            expected.append('$').append(element.length()).append("\r\n").append(element).append("\r\n");
        }
        assertThat(text).hasSizeGreaterThan(16 * 1024).isEqualTo(expected.toString());
    }

    @Test
    void aLongValueBetweenShortOnesKeepsItsPlace() {
        String big = "v".repeat(5000);
        same(r -> {
            r.integer(7);
            r.bulk(big);
            r.simple("OK");
        }, ":7\r\n$5000\r\n" + big + "\r\n+OK\r\n");
    }

    @Test
    void repliesReachDirectBuffersByAddressIntact() {
        String big = "v".repeat(5000);
        ByteBuf[] targets = {Unpooled.directBuffer(16), new AdaptiveByteBufAllocator().directBuffer(16), Unpooled.buffer(16)};
        for (ByteBuf out : targets) {
            // Bytes already there, one of them read: the copy must land at the writer index, wherever the address is.
            out.writeBytes("-+".getBytes(StandardCharsets.US_ASCII));
            out.readerIndex(1);
            RespWriter writer = new RespWriter();
            writer.target(out);
            writer.integer(7);
            writer.bulk(big);
            writer.simple("OK");
            writer.target(null);
            assertThat(out.hasMemoryAddress()).as(out.getClass().getSimpleName()).isEqualTo(out.isDirect());
            assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("+:7\r\n$5000\r\n" + big + "\r\n+OK\r\n");
            out.release();
        }
    }

    @Test
    void textBeyondAsciiIsSentAsUtf8() {
        ByteBuf out = Unpooled.buffer();
        RespWriter writer = new RespWriter();
        writer.target(out);
        writer.simple("caf\u00e9");
        writer.error("ERR \u00fcber");
        writer.target(null);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("+caf\u00e9\r\n-ERR \u00fcber\r\n");
        out.release();
    }

    @Test
    void switchingTargetsLeavesEachReplyInItsOwnBuffer() {
        ByteBuf first = Unpooled.buffer();
        ByteBuf second = Unpooled.buffer();
        RespWriter writer = new RespWriter();
        writer.target(first);
        writer.ok();
        writer.target(second);
        writer.integer(42);
        assertThat(writer.target().toString(StandardCharsets.US_ASCII)).isEqualTo(":42\r\n");
        assertThat(first.toString(StandardCharsets.US_ASCII)).isEqualTo("+OK\r\n");
        first.release();
        second.release();
    }
}
