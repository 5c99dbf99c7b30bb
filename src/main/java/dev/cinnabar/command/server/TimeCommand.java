package dev.cinnabar.command.server;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** TIME: the server's clock as seconds and microseconds since the epoch. */
@Component
final class TimeCommand extends SpecifiedCommand {

    private final Clock clock;

    TimeCommand(Clock clock) {
        super(CommandSpec.of("time", 1, Group.SERVER)
                .flags(Flag.LOADING, Flag.STALE, Flag.FAST).tips("nondeterministic_output")
                .since("2.6.0").complexity("O(1)").summary("Return the current server time"));
        this.clock = clock;
    }

    @Override
    public void execute(Call call) {
        Instant now = clock.instant();
        call.reply().array(2);
        call.reply().bulk(String.valueOf(now.getEpochSecond()));
        call.reply().bulk(String.valueOf(now.getNano() / 1000));
    }
}
