package dev.cinnabar.command.connection;

import dev.cinnabar.command.AclCategory;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.HelpCommand;
import org.springframework.stereotype.Component;

/** COMMAND HELP: the COMMAND subcommands. */
@Component
final class CommandHelpCommand extends HelpCommand {

    CommandHelpCommand() {
        super(CommandSpec.of("command|help", 2, Group.SERVER)
                .flags(Flag.LOADING, Flag.STALE).categories(AclCategory.CONNECTION).since("5.0.0")
                .complexity("O(1)").summary("Show helpful text about the different subcommands"),
                "(no subcommand)",
                "    Return details about all Redis commands.",
                "COUNT",
                "    Return the total number of commands in this Redis server.",
                "LIST",
                "    Return a list of all commands in this Redis server.",
                "INFO [<command-name> ...]",
                "    Return details about multiple Redis commands.",
                "    If no command names are given, documentation details for all",
                "    commands are returned.",
                "DOCS [<command-name> ...]",
                "    Return documentation details about multiple Redis commands.",
                "    If no command names are given, documentation details for all",
                "    commands are returned.");
    }
}
