package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** CLIENT INFO: the CLIENT LIST line of this connection. */
@Component
final class ClientInfoCommand extends SpecifiedCommand {

    ClientInfoCommand() {
        super(CommandSpec.of("client|info", 2, Group.CONNECTION)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE).since("6.2.0").tips("nondeterministic_output")
                .complexity("O(1)").summary("Returns information about the current client connection."));
    }

    @Override
    public void execute(Call call) {
        call.reply().verbatim(call.client().describe(call.now()) + "\n");
    }
}
