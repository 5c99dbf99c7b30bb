package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;

/** PEXPIRE key milliseconds [NX | XX | GT | LT]: as EXPIRE, in milliseconds. */
@Component
final class PexpireCommand extends SpecifiedCommand {

    PexpireCommand() {
        super(CommandSpec.of("pexpire", -3, Group.GENERIC)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1).since("2.6.0")
                .summary("Set a key's time to live in milliseconds"));
    }

    @Override
    public void execute(Call call) {
        Expirations.set(call, TimeUnit.MILLISECONDS, true);
    }
}
