package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.Command;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import org.springframework.stereotype.Component;

/** CLIENT GETNAME: the name of this connection, or null when it has none. */
@Component
final class ClientGetNameCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.of("client|getname", 2, Group.CONNECTION)
            .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE).since("2.6.9").complexity("O(1)")
            .summary("Get the current connection name");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(Call call) {
        String name = call.client().name();
        if (name.isEmpty()) {
            call.reply().nullBulk();
        } else {
            call.reply().bulk(name);
        }
    }
}
