package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** CLIENT ID: the id of this connection. */
@Component
final class ClientIdCommand extends SpecifiedCommand {

    ClientIdCommand() {
        super(CommandSpec.of("client|id", 2, Group.CONNECTION)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE).since("5.0.0").complexity("O(1)")
                .summary("Returns the client ID for the current connection"));
    }

    @Override
    public void execute(Call call) {
        call.reply().integer(call.client().id());
    }
}
