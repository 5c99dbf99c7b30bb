package dev.cinnabar.command;

import java.nio.file.Path;

/**
 * The configuration file CONFIG REWRITE writes back to, chosen once at start-up; {@code file} is null when
 * the server was started without one (settings then come only from the packaged defaults, the command line
 * and the environment, which nothing can rewrite).
 */
public record ConfigFileTarget(Path file) {

    public static final ConfigFileTarget NONE = new ConfigFileTarget(null);

    public boolean present() {
        return file != null;
    }
}
