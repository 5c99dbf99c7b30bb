package dev.cinnabar.command.transaction;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.WatchedKeys;
import org.springframework.stereotype.Component;

/** WATCH key [key ...]: the next EXEC runs only if none of these keys changes in the meantime. */
@Component
final class WatchCommand extends SpecifiedCommand {

    private static final RedisError INSIDE_MULTI = new RedisError("ERR WATCH inside MULTI is not allowed");

    private final WatchedKeys watched;

    WatchCommand(WatchedKeys watched) {
        super(CommandSpec.of("watch", -2, Group.TRANSACTIONS)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE, Flag.FAST, Flag.ALLOW_BUSY).keys(1, -1, 1)
                .arguments("key [key ...]").since("2.2.0").complexity("O(1) for every key.")
                .summary("Watch the given keys to determine execution of the MULTI/EXEC block"));
        this.watched = watched;
    }

    @Override
    public void execute(Call call) {
        if (call.client().transaction() != null) {
            throw INSIDE_MULTI;
        }
        for (int i = 1; i < call.argc(); i++) {
            watched.watch(call.client(), call.client().db(), call.arg(i));
        }
        call.reply().ok();
    }
}
