package dev.cinnabar.command.transaction;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.WatchedKeys;
import org.springframework.stereotype.Component;

/** UNWATCH: forgets every watched key of this connection. */
@Component
final class UnwatchCommand extends SpecifiedCommand {

    private final WatchedKeys watched;

    UnwatchCommand(WatchedKeys watched) {
        super(CommandSpec.of("unwatch", 1, Group.TRANSACTIONS)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE, Flag.FAST, Flag.ALLOW_BUSY)
                .since("2.2.0").complexity("O(1)").summary("Forget about all watched keys"));
        this.watched = watched;
    }

    @Override
    public void execute(Call call) {
        watched.unwatch(call.client());
        call.reply().ok();
    }
}
