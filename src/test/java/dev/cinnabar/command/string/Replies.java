package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.ClientState;
import dev.cinnabar.command.CommandHarness;
import dev.cinnabar.command.Dispatcher;
import dev.cinnabar.command.RespText;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.resp.RespWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;

/** Expected reply bytes and keyspace probes for the string command tests. */
final class Replies extends RespText {

    static final String EMPTY = "$0\r\n\r\n";
    static final String NOT_INTEGER = "-ERR value is not an integer or out of range\r\n";
    static final String NOT_FLOAT = "-ERR value is not a valid float\r\n";

    private Replies() {
    }

    private static Database db0(CommandHarness redis) {
        return redis.db().database(0);
    }

    /** Stores a value of a type other than string (any non-string object stands for one). */
    static void otherType(CommandHarness redis, String key) {
        db0(redis).insert(key.getBytes(StandardCharsets.ISO_8859_1), new Object());
    }

    /** The key's deadline in epoch ms, {@link Entry#NO_EXPIRY}, or null when the key is absent. */
    static Long deadline(CommandHarness redis, String key) {
        Entry entry = db0(redis).lookup(key.getBytes(StandardCharsets.ISO_8859_1), redis.clock().millis());
        return entry == null ? null : entry.expireAt();
    }

    /** The stored value object, to check its representation (byte[] or RawString). */
    static Object stored(CommandHarness redis, String key) {
        Entry entry = db0(redis).lookup(key.getBytes(StandardCharsets.ISO_8859_1), redis.clock().millis());
        return entry == null ? null : entry.value();
    }

    /** A connection that speaks RESP3, as after HELLO 3, sharing the harness's server. */
    static final class Resp3Client {
        private final CommandHarness redis;
        private final RespWriter writer = new RespWriter();
        private final Call call;

        Resp3Client(CommandHarness redis) {
            this.redis = redis;
            ClientState state = new ClientState(999, "127.0.0.1:49999", "127.0.0.1:6379", redis.clock().millis(),
                    true, () -> { });
            state.protocol(3);
            writer.protocol(3);
            call = new Call(state, writer, redis.db(), null);
        }

        String exec(String... args) {
            byte[][] bytes = new byte[args.length][];
            for (int i = 0; i < args.length; i++) {
                bytes[i] = args[i].getBytes(StandardCharsets.ISO_8859_1);
            }
            ByteBuf out = Unpooled.buffer();
            writer.target(out);
            redis.db().lock();
            try {
                redis.bean(Dispatcher.class).dispatch(call, bytes);
            } finally {
                redis.db().unlock();
            }
            writer.target(null);
            String reply = out.toString(StandardCharsets.ISO_8859_1);
            out.release();
            return reply;
        }
    }
}
