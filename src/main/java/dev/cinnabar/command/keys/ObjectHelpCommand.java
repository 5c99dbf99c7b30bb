package dev.cinnabar.command.keys;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.HelpCommand;
import org.springframework.stereotype.Component;

/** OBJECT HELP: the subcommands, one status line each, in Redis's words. */
@Component
final class ObjectHelpCommand extends HelpCommand {

    ObjectHelpCommand() {
        super(CommandSpec.of("object|help", 2, Group.GENERIC)
                .flags(Flag.LOADING, Flag.STALE).since("6.2.0")
                .summary("Show helpful text about the different subcommands"),
                "ENCODING <key>",
                "    Return the kind of internal representation used in order to store the value",
                "    associated with a <key>.",
                "FREQ <key>",
                "    Return the access frequency index of the <key>. The returned integer is",
                "    proportional to the logarithm of the recent access frequency of the key.",
                "IDLETIME <key>",
                "    Return the idle time of the <key>, that is the approximated number of",
                "    seconds elapsed since the last access to the key.",
                "REFCOUNT <key>",
                "    Return the number of references of the value associated with the specified",
                "    <key>.");
    }
}
