package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** CLIENT SETNAME name: names this connection; the empty name removes the name. */
@Component
final class ClientSetNameCommand extends SpecifiedCommand {

    ClientSetNameCommand() {
        super(CommandSpec.of("client|setname", 3, Group.CONNECTION)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE)
                .arguments("connection-name").since("2.6.9").complexity("O(1)")
                .summary("Set the current connection name"));
    }

    @Override
    public void execute(Call call) {
        call.client().name(ClientNames.checkedName(call.arg(2)));
        call.reply().ok();
    }
}
