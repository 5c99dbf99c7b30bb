package dev.cinnabar.jmh;

import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Db;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Reads and overwrites of random keys in a database of a million keys, as GET and SET do them. */
@State(Scope.Thread)
public class KeyspaceBenchmark {

    @Param("1000000")
    public int keys;

    private Database database;
    private byte[][] names;
    private final byte[] value = new byte[16];
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Db db = new Db(1, Clock.systemUTC());
        database = db.database(0);
        names = new byte[keys][];
        for (int i = 0; i < keys; i++) {
            names[i] = ("key:" + String.format("%012d", i)).getBytes(StandardCharsets.US_ASCII);
            database.insert(names[i], value);
        }
    }

    /** A fresh copy of a random key, as the decoder hands a command its arguments. */
    private byte[] randomKey() {
        next = next * 1103515245 + 12345;
        return names[(next >>> 1) % keys].clone();
    }

    @Benchmark
    public Object read() {
        return database.read(randomKey(), 0);
    }

    @Benchmark
    public Object overwrite() {
        return database.put(randomKey(), value, 0);
    }
}
