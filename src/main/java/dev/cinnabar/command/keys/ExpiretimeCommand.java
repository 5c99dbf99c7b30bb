package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** EXPIRETIME key: the deadline as a Unix time in seconds, -1 without one, -2 when absent. */
@Component
final class ExpiretimeCommand extends SpecifiedCommand {

    ExpiretimeCommand() {
        super(CommandSpec.of("expiretime", 2, Group.GENERIC)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("7.0.0")
                .summary("Get the expiration Unix timestamp for a key"));
    }

    @Override
    public void execute(Call call) {
        Expirations.report(call, false, true);
    }
}
