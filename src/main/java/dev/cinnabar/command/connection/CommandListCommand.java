package dev.cinnabar.command.connection;

import dev.cinnabar.command.AclCategory;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.CommandTable;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Glob;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * COMMAND LIST [FILTERBY MODULE name | ACLCAT category | PATTERN pattern]: the full names of all
 * commands, subcommands included, or of those the filter keeps. There are no modules.
 */
@Component
final class CommandListCommand extends SpecifiedCommand {

    private final CommandCatalog catalog;

    CommandListCommand(CommandCatalog catalog) {
        super(CommandSpec.of("command|list", -2, Group.SERVER)
                .flags(Flag.LOADING, Flag.STALE)
                .arguments("[FILTERBY (MODULE module-name|ACLCAT category|PATTERN pattern:pattern)]").categories(AclCategory.CONNECTION)
                .tips("nondeterministic_output_order").since("7.0.0")
                .complexity("O(N) where N is the total number of Redis commands")
                .summary("Get an array of Redis command names"));
        this.catalog = catalog;
    }

    @Override
    public void execute(Call call) {
        if (call.argc() != 2 && (call.argc() != 5 || !call.is(2, "filterby"))) {
            throw RedisError.SYNTAX;
        }
        Predicate<CommandSpec> filter = call.argc() == 2 ? spec -> true : filter(call.option(3), call.text(4));
        List<CommandTable.Entry> kept = catalog.allWithSubcommands().stream()
                .filter(entry -> filter.test(entry.spec())).toList();
        call.reply().array(kept.size());
        kept.forEach(entry -> call.reply().bulk(entry.spec().name()));
    }

    private static Predicate<CommandSpec> filter(String type, String argument) {
        return switch (type) {
            case "module" -> spec -> false;
            case "aclcat" -> {
                AclCategory category = AclCategory.named(argument);
                yield spec -> category != null && spec.aclCategories().contains(category);
            }
            case "pattern" -> {
                byte[] pattern = argument.getBytes(StandardCharsets.UTF_8);
                yield spec -> Glob.matchesIgnoreCase(pattern, spec.name().getBytes(StandardCharsets.UTF_8));
            }
            default -> throw RedisError.SYNTAX;
        };
    }
}
