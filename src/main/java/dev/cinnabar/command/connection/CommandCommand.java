package dev.cinnabar.command.connection;

import dev.cinnabar.command.AclCategory;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** COMMAND: the COMMAND INFO entry of every command. */
@Component
final class CommandCommand extends SpecifiedCommand {

    private final CommandCatalog catalog;

    CommandCommand(CommandCatalog catalog) {
        super(CommandSpec.of("command", -1, Group.SERVER)
                .flags(Flag.LOADING, Flag.STALE).categories(AclCategory.CONNECTION).tips("nondeterministic_output_order")
                .since("2.8.13").complexity("O(N) where N is the total number of Redis commands")
                .summary("Get array of Redis command details"));
        this.catalog = catalog;
    }

    @Override
    public void execute(Call call) {
        call.reply().array(catalog.size());
        catalog.entries().forEach(entry -> catalog.writeInfo(call.reply(), entry));
    }
}
