package dev.cinnabar.command.transaction;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.WatchedKeys;
import org.springframework.stereotype.Component;

/** DISCARD: drops the queued commands and the watched keys. */
@Component
final class DiscardCommand extends SpecifiedCommand {

    private static final RedisError WITHOUT_MULTI = new RedisError("ERR DISCARD without MULTI");

    private final WatchedKeys watched;

    DiscardCommand(WatchedKeys watched) {
        super(CommandSpec.of("discard", 1, Group.TRANSACTIONS)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE, Flag.FAST, Flag.ALLOW_BUSY)
                .since("2.0.0").complexity("O(N), when N is the number of queued commands")
                .summary("Discard all commands issued after MULTI"));
        this.watched = watched;
    }

    @Override
    public void execute(Call call) {
        if (call.client().transaction() == null) {
            throw WITHOUT_MULTI;
        }
        call.client().transaction(null);
        watched.unwatch(call.client());
        call.reply().ok();
    }
}
