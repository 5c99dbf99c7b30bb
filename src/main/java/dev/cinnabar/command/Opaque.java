package dev.cinnabar.command;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Handles for fields that one thread at a time writes (the holder of the execution lock, on every
 * command) and other threads read (INFO, metrics, the idle sweep). Volatile fields would cost each command
 * a fence per write; opaque access still keeps a 64-bit value whole and lets readers see it soon.
 */
final class Opaque {

    private Opaque() {
    }

    static VarHandle field(Class<?> owner, String name) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
            return lookup.findVarHandle(owner, name, owner.getDeclaredField(name).getType());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no field " + name + " in " + owner.getName(), e);
        }
    }
}
