package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.ClientState;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.WatchedKeys;
import org.springframework.stereotype.Component;

/**
 * RESET: returns the connection to the state of a new one (database 0, RESP2, no name, no transaction or
 * watched keys, and unauthenticated when a password is set) and replies RESET.
 */
@Component
final class ResetCommand extends SpecifiedCommand {

    private final Settings settings;
    private final WatchedKeys watched;

    ResetCommand(Settings settings, WatchedKeys watched) {
        super(CommandSpec.of("reset", 1, Group.CONNECTION)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE, Flag.FAST, Flag.NO_AUTH, Flag.ALLOW_BUSY)
                .since("6.2.0").complexity("O(1)").summary("Reset the connection"));
        this.settings = settings;
        this.watched = watched;
    }

    @Override
    public void execute(Call call) {
        ClientState client = call.client();
        client.db(0);
        client.protocol(2);
        call.reply().protocol(2);
        client.name("");
        client.transaction(null);
        watched.unwatch(client);
        client.authenticated(!settings.authRequired());
        call.reply().simple("RESET");
    }
}
