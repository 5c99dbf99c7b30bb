package dev.cinnabar.command.server;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.HelpCommand;
import org.springframework.stereotype.Component;

/** CONFIG HELP: the CONFIG subcommands. */
@Component
final class ConfigHelpCommand extends HelpCommand {

    ConfigHelpCommand() {
        super(CommandSpec.of("config|help", 2, Group.SERVER)
                .flags(Flag.LOADING, Flag.STALE).since("5.0.0").complexity("O(1)")
                .summary("Show helpful text about the different subcommands"),
                "GET <pattern>",
                "    Return parameters matching the glob-like <pattern> and their values.",
                "SET <directive> <value>",
                "    Set the configuration <directive> to <value>.",
                "RESETSTAT",
                "    Reset statistics reported by the INFO command.",
                "REWRITE",
                "    Rewrite the configuration file.");
    }
}
