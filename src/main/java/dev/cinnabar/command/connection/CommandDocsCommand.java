package dev.cinnabar.command.connection;

import dev.cinnabar.command.AclCategory;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.CommandTable;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/** COMMAND DOCS [command-name ...]: a map from each known named command (or every command) to its documentation. */
@Component
final class CommandDocsCommand extends SpecifiedCommand {

    private final CommandCatalog catalog;

    CommandDocsCommand(CommandCatalog catalog) {
        super(CommandSpec.of("command|docs", -2, Group.SERVER)
                .flags(Flag.LOADING, Flag.STALE)
                .arguments("[command-name ...]").categories(AclCategory.CONNECTION)
                .tips("nondeterministic_output_order").since("7.0.0")
                .complexity("O(N) where N is the number of commands to look up")
                .summary("Get array of specific Redis command documentation"));
        this.catalog = catalog;
    }

    @Override
    public void execute(Call call) {
        List<CommandTable.Entry> found = catalog.requested(call).stream().filter(Objects::nonNull).toList();
        Reply reply = call.reply();
        reply.map(found.size());
        for (CommandTable.Entry entry : found) {
            reply.bulk(entry.spec().name());
            catalog.writeDocs(reply, entry);
        }
    }
}
