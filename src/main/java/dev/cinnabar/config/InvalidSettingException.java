package dev.cinnabar.config;

/** A setting whose value the server cannot run with; its message is the one line the operator reads. */
public final class InvalidSettingException extends RuntimeException {

    public InvalidSettingException(String name, Object value, String accepted) {
        super("Invalid value '" + value + "' for " + name + ": expected " + accepted, null, false, false);
    }
}
