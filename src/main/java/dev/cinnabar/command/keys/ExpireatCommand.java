package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/** EXPIREAT key unix-time-seconds [NX | XX | GT | LT]: as EXPIRE, with an absolute time. */
@Component
final class ExpireatCommand extends SpecifiedCommand {

    ExpireatCommand() {
        super(CommandSpec.of("expireat", -3, Group.GENERIC)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1).since("1.2.0")
                .summary("Set the expiration for a key as a UNIX timestamp"));
    }

    @Override
    public void execute(Call call) {
        Expirations.set(call, TimeUnit.SECONDS, false);
    }
}
