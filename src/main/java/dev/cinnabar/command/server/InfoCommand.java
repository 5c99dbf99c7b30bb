package dev.cinnabar.command.server;

import dev.cinnabar.command.AclCategory;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * INFO [section ...]: the server report. No section (or {@code default}) means the default sections,
 * {@code all} and {@code everything} every section; unknown names add nothing.
 */
@Component
final class InfoCommand extends SpecifiedCommand {

    private final InfoReport report;

    InfoCommand(InfoReport report) {
        super(CommandSpec.of("info", -1, Group.SERVER)
                .flags(Flag.LOADING, Flag.STALE)
                .arguments("[section ...]").categories(AclCategory.DANGEROUS)
                .tips("nondeterministic_output", "request_policy:all_shards", "response_policy:special")
                .complexity("O(1)").summary("Get information and statistics about the server"));
        this.report = report;
    }

    @Override
    public void execute(Call call) {
        Set<String> wanted = new HashSet<>();
        if (call.argc() == 1) {
            wanted.addAll(InfoReport.DEFAULT);
        }
        for (int i = 1; i < call.argc(); i++) {
            switch (call.option(i)) {
                case "all", "everything" -> wanted.addAll(report.all());
                case "default" -> wanted.addAll(InfoReport.DEFAULT);
                default -> wanted.add(call.option(i));
            }
        }
        call.reply().verbatim(report.render(wanted, call.now()));
    }
}
