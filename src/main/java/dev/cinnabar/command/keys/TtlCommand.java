package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** TTL key: seconds left, -1 without a deadline, -2 when absent. */
@Component
final class TtlCommand extends SpecifiedCommand {

    TtlCommand() {
        super(CommandSpec.of("ttl", 2, Group.GENERIC)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1)
                .summary("Get the time to live for a key in seconds"));
    }

    @Override
    public void execute(Call call) {
        Expirations.report(call, false, false);
    }
}
