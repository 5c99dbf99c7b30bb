package dev.cinnabar.command;

import dev.cinnabar.resp.RespWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Runs code that takes a {@link Call} directly, outside any command, as a command of another package
 * (a blocking command, say) would: with the harness's keyspace and client, and the reply as text.
 */
public final class Calls {

    private Calls() {
    }

    /** Runs {@code body} on a call of {@code args} in the given protocol and returns what it replied. */
    public static String run(CommandHarness redis, int protocol, Consumer<Call> body, String... args) {
        byte[][] bytes = new byte[args.length][];
        for (int i = 0; i < args.length; i++) {
            bytes[i] = args[i].getBytes(StandardCharsets.ISO_8859_1);
        }
        RespWriter writer = new RespWriter();
        writer.protocol(protocol);
        ByteBuf out = Unpooled.buffer();
        writer.target(out);
        Call call = new Call(redis.client(), writer, redis.db(), null);
        call.begin(bytes, redis.clock().millis());
        redis.db().lock();
        try {
            body.accept(call);
        } catch (RedisError e) {
            writer.error(e.getMessage());
        } finally {
            redis.db().unlock();
        }
        writer.target(null);
        String reply = out.toString(StandardCharsets.ISO_8859_1);
        out.release();
        return reply;
    }
}
