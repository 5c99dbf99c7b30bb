package dev.cinnabar.command.server;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.HelpReply;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DEBUG SLEEP seconds | DEBUG HELP. SLEEP stops the whole server, as in Redis: it holds the execution
 * lock, which is what tests of client timeouts rely on.
 */
@Component
final class DebugCommand extends SpecifiedCommand {

    /** The longest prefix C's strtod would read as a decimal number. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    DebugCommand() {
        super(CommandSpec.of("debug", -2, Group.SERVER)
                .flags(Flag.ADMIN, Flag.NOSCRIPT, Flag.LOADING, Flag.STALE).complexity("Depends on subcommand.")
                .summary("A container for debugging commands"));
    }

    @Override
    public void execute(Call call) {
        if (call.is(1, "help") && call.argc() == 2) {
            HelpReply.write(call.reply(), "debug",
                    "SLEEP <seconds>",
                    "    Stop the server for <seconds>. Decimals allowed.");
        } else if (call.is(1, "sleep") && call.argc() == 3) {
            sleep(seconds(call.text(2)));
            call.reply().ok();
        } else {
            throw new RedisError("ERR unknown subcommand or wrong number of arguments for '" + call.text(1)
                    + "'. Try " + call.text(0).toUpperCase(Locale.ROOT) + " HELP.");
        }
    }

    /** Like Redis's strtod: a malformed argument reads as far as it is a number, or as 0. */
    private static double seconds(String text) {
        Matcher m = LEADING_NUMBER.matcher(text);
        return m.find() ? Double.parseDouble(m.group()) : 0;
    }

    private static void sleep(double seconds) {
        long micros = (long) (seconds * 1_000_000);
        if (micros <= 0) {
            return;
        }
        try {
            TimeUnit.MICROSECONDS.sleep(micros);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
