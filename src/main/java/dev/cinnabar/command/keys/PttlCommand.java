package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** PTTL key: as TTL, in milliseconds. */
@Component
final class PttlCommand extends SpecifiedCommand {

    PttlCommand() {
        super(CommandSpec.of("pttl", 2, Group.GENERIC)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("2.6.0")
                .summary("Get the time to live for a key in milliseconds"));
    }

    @Override
    public void execute(Call call) {
        Expirations.report(call, true, false);
    }
}
