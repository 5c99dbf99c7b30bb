package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/** PEXPIREAT key unix-time-milliseconds [NX | XX | GT | LT]: as EXPIREAT, in milliseconds. */
@Component
final class PexpireatCommand extends SpecifiedCommand {

    PexpireatCommand() {
        super(CommandSpec.of("pexpireat", -3, Group.GENERIC)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1).since("2.6.0")
                .summary("Set the expiration for a key as a UNIX timestamp specified in milliseconds"));
    }

    @Override
    public void execute(Call call) {
        Expirations.set(call, TimeUnit.MILLISECONDS, false);
    }
}
