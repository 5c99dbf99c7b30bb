package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/** EXPIRE key seconds [NX | XX | GT | LT]: 1 if the deadline was set (or the key deleted), else 0. */
@Component
final class ExpireCommand extends SpecifiedCommand {

    ExpireCommand() {
        super(CommandSpec.of("expire", -3, Group.GENERIC)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1)
                .summary("Set a key's time to live in seconds"));
    }

    @Override
    public void execute(Call call) {
        Expirations.set(call, TimeUnit.SECONDS, true);
    }
}
