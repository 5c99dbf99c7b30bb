package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.keyspace.ValueTypes;
import org.springframework.stereotype.Component;

/** TYPE key: the value's type name, or {@code none}. */
@Component
final class TypeCommand extends SpecifiedCommand {

    TypeCommand() {
        super(CommandSpec.of("type", 2, Group.GENERIC)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1)
                .summary("Determine the type stored at key"));
    }

    @Override
    public void execute(Call call) {
        Entry entry = call.database().peek(call.arg(1), call.now());
        call.reply().simple(entry == null ? "none" : ValueTypes.name(entry.value()));
    }
}
