package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.Command;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.keyspace.Entry;
import org.springframework.stereotype.Component;

/** OBJECT ENCODING key: the name of the value's internal representation, or null. */
@Component
final class ObjectEncodingCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.of("object|encoding", 3, Group.GENERIC)
            .flags(Flag.READONLY).keys(2, 2, 1).since("2.2.3")
            .summary("Inspect the internal encoding of a Redis object");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void execute(Call call) {
        Entry entry = ObjectLookup.find(call);
        if (entry != null) {
            call.reply().bulk(Encodings.of(entry.value()));
        }
    }
}
