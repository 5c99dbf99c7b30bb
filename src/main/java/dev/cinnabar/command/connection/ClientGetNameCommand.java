package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** CLIENT GETNAME: the name of this connection, or null when it has none. */
@Component
final class ClientGetNameCommand extends SpecifiedCommand {

    ClientGetNameCommand() {
        super(CommandSpec.of("client|getname", 2, Group.CONNECTION)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE).since("2.6.9").complexity("O(1)")
                .summary("Get the current connection name"));
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
