package dev.cinnabar.jmh;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.ClientState;
import dev.cinnabar.command.CommandHarness;
import dev.cinnabar.command.Dispatcher;
import dev.cinnabar.resp.RespWriter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.charset.StandardCharsets;

/**
 * One command through the whole command layer: lookup, arity and auth checks, statistics, the keyspace
 * and the reply's encoding; no network.
 */
@State(Scope.Thread)
public class DispatchBenchmark {

    private CommandHarness server;
    private Dispatcher dispatcher;
    private Call call;
    private final ByteBuf out = Unpooled.directBuffer(1024);
    private final RespWriter writer = new RespWriter();
    private byte[][] get;
    private byte[][] set;
    private byte[][] incr;
    private byte[][] lpush;
    private byte[][] rpop;

    @Setup(Level.Trial)
    public void setUp() {
        server = new CommandHarness();
        dispatcher = server.bean(Dispatcher.class);
        writer.target(out);
        ClientState client = server.client();
        call = new Call(client, writer, server.db(), null);
        get = args("GET", "key:000000000001");
        set = args("SET", "key:000000000001", "0123456789abcdef");
        incr = args("INCR", "counter");
        lpush = args("LPUSH", "queue", "0123456789abcdef");
        rpop = args("RPOP", "queue");
        run(set);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.close();
        out.release();
    }

    private static byte[][] args(String... words) {
        byte[][] args = new byte[words.length][];
        for (int i = 0; i < words.length; i++) {
            args[i] = words[i].getBytes(StandardCharsets.US_ASCII);
        }
        return args;
    }

    private int run(byte[][] args) {
        out.clear();
        server.db().lock();
        try {
            dispatcher.dispatch(call, args);
        } finally {
            server.db().unlock();
        }
        return writer.target().writerIndex();
    }

    @Benchmark
    public int get() {
        return run(get);
    }

    @Benchmark
    public int set() {
        return run(set);
    }

    @Benchmark
    public int incr() {
        return run(incr);
    }

    /** A push and a pop, so the list stays the same length however long the run. */
    @Benchmark
    public int lpushRpop() {
        return run(lpush) + run(rpop);
    }
}
