package dev.cinnabar.command;

import dev.cinnabar.resp.Reply;

import java.util.Locale;

/** The reply of the {@code XXX HELP} subcommands, in Redis's layout: a title, the given lines, then HELP itself. */
public final class HelpReply {

    private HelpReply() {
    }

    /** Writes the help of {@code command}; {@code lines} alternate a syntax line and its indented explanation. */
    public static void write(Reply reply, String command, String... lines) {
        reply.array(lines.length + 3);
        reply.simple(command.toUpperCase(Locale.ROOT) + " <subcommand> [<arg> [value] [opt] ...]. Subcommands are:");
        for (String line : lines) {
            reply.simple(line);
        }
        reply.simple("HELP");
        reply.simple("    Prints this help.");
    }
}
