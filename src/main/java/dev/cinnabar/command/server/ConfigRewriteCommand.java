package dev.cinnabar.command.server;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.ConfigFileTarget;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CONFIG REWRITE: writes the live value of every setting CONFIG SET can change back to the configuration
 * file the server was started with, under {@code redis:}; refused, as Redis refuses it, without one.
 */
@Component
final class ConfigRewriteCommand extends SpecifiedCommand {

    private static final RedisError NO_CONFIG_FILE = new RedisError("ERR The server is running without a config file");

    private final ConfigFileTarget target;
    private final ConfigParameters parameters;

    ConfigRewriteCommand(ConfigFileTarget target, ConfigParameters parameters) {
        super(CommandSpec.of("config|rewrite", 2, Group.SERVER)
                .flags(Flag.ADMIN, Flag.NOSCRIPT, Flag.LOADING, Flag.STALE).since("2.8.0")
                .complexity("O(1)").summary("Rewrite the configuration file with the in memory configuration"));
        this.target = target;
        this.parameters = parameters;
    }

    @Override
    public void execute(Call call) {
        if (!target.present()) {
            throw NO_CONFIG_FILE;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigParameters.Parameter p : parameters.all()) {
            if (p.mutable() && !p.isAlias()) {
                values.put(p.name(), p.value());
            }
        }
        try {
            ConfigFileRewriter.rewrite(target.file(), values);
        } catch (IOException e) {
            throw new RedisError("ERR Rewriting config file: " + reason(e));
        }
        call.reply().ok();
    }

    /** The C library's wording of the failure, as Redis's strerror(errno) gives it. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }
}
