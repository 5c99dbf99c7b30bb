package dev.cinnabar;

import java.util.Properties;

/**
 * Netty settings the server chooses for itself unless the operator gave them. They are system properties
 * that Netty reads once, when its classes load, so they are applied before Spring starts.
 */
final class NettyDefaults {

    static final String LEAK_DETECTION = "io.netty.leakDetection.level";
    static final String NO_UNSAFE = "io.netty.noUnsafe";
    /** Where the JVM puts its {@code --sun-misc-unsafe-memory-access=...} option. */
    static final String UNSAFE_MEMORY_ACCESS = "sun.misc.unsafe.memory.access";

    private NettyDefaults() {
    }

    static void apply(Properties system) {
        // Netty tracks one buffer in 128 for leaks, taking a stack trace at every hand-over: 2% of the event
        // loop's CPU in a profile of GET. The server turns it off unless asked for; tests keep Netty's default.
        system.putIfAbsent(LEAK_DETECTION, "disabled");
        // On Java 25 and later Netty leaves sun.misc.Unsafe alone, so as not to set off the JDK's deprecation
        // warning, and its buffers fall back to ByteBuffer access: 19% more CPU per request on pipelined GET.
        // An operator who allowed the access on the command line gets no warning, so Netty may use it.
        if ("allow".equals(system.getProperty(UNSAFE_MEMORY_ACCESS))) {
            system.putIfAbsent(NO_UNSAFE, "false");
        }
    }
}
