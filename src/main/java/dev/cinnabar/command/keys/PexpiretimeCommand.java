package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** PEXPIRETIME key: as EXPIRETIME, in milliseconds. */
@Component
final class PexpiretimeCommand extends SpecifiedCommand {

    PexpiretimeCommand() {
        super(CommandSpec.of("pexpiretime", 2, Group.GENERIC)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("7.0.0")
                .summary("Get the expiration Unix timestamp for a key in milliseconds"));
    }

    @Override
    public void execute(Call call) {
        Expirations.report(call, true, true);
    }
}
