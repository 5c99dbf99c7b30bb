package dev.cinnabar.server;

import io.netty.util.concurrent.FastThreadLocal;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Values each event loop thread makes for itself on first use and frees when the thread ends. */
final class PerEventLoop {

    private PerEventLoop() {
    }

    static <T> FastThreadLocal<T> of(Supplier<T> create, Consumer<T> free) {
        return new FastThreadLocal<>() {
            @Override
            protected T initialValue() {
                return create.get();
            }

            @Override
            protected void onRemoval(T value) {
                free.accept(value);
            }
        };
    }
}
