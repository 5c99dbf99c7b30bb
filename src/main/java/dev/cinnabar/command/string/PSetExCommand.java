package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/** PSETEX key milliseconds value: SET with a TTL in milliseconds. */
@Component
final class PSetExCommand extends SpecifiedCommand {

    PSetExCommand() {
        super(CommandSpec.of("psetex", 4, Group.STRING)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, 1, 1).since("2.6.0")
                .summary("Set the value and expiration in milliseconds of a key"));
    }

    @Override
    public void execute(Call call) {
        StringWrites.storeExpiring(call, TimeUnit.MILLISECONDS);
    }
}
