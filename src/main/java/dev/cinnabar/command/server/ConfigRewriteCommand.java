package dev.cinnabar.command.server;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** CONFIG REWRITE: refused, as Redis refuses it when started without a config file; settings come from Spring. */
@Component
final class ConfigRewriteCommand extends SpecifiedCommand {

    private static final RedisError NO_CONFIG_FILE = new RedisError("ERR The server is running without a config file");

    ConfigRewriteCommand() {
        super(CommandSpec.of("config|rewrite", 2, Group.SERVER)
                .flags(Flag.ADMIN, Flag.NOSCRIPT, Flag.LOADING, Flag.STALE).since("2.8.0")
                .complexity("O(1)").summary("Rewrite the configuration file with the in memory configuration"));
    }

    @Override
    public void execute(Call call) {
        throw NO_CONFIG_FILE;
    }
}
