package dev.cinnabar.command.connection;

import dev.cinnabar.command.AclCategory;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** COMMAND COUNT: how many commands there are, subcommands not counted. */
@Component
final class CommandCountCommand extends SpecifiedCommand {

    private final CommandCatalog catalog;

    CommandCountCommand(CommandCatalog catalog) {
        super(CommandSpec.of("command|count", 2, Group.SERVER)
                .flags(Flag.LOADING, Flag.STALE).categories(AclCategory.CONNECTION)
                .since("2.8.13").complexity("O(1)").summary("Get total number of Redis commands"));
        this.catalog = catalog;
    }

    @Override
    public void execute(Call call) {
        call.reply().integer(catalog.size());
    }
}
