package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/** SETEX key seconds value: SET with a TTL in seconds. */
@Component
final class SetExCommand extends SpecifiedCommand {

    SetExCommand() {
        super(CommandSpec.of("setex", 4, Group.STRING)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, 1, 1).since("2.0.0")
                .summary("Set the value and expiration of a key"));
    }

    @Override
    public void execute(Call call) {
        StringWrites.storeExpiring(call, TimeUnit.SECONDS);
    }
}
